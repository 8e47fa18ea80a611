import type { Quote } from '../types.js';
import { regExpLiteral } from '../text/regexp-literal.js';

type OutletFields = Pick<Quote, 'outlet' | 'speaker' | 'speaker_kind'>;

/**
 * "told the Weather Channel … told The Weather Channel", "Yomiuri Shimbun said … reported by The Yomiuri Shimbun":
 * one outlet, written one way throughout the article's quotes — with its capital "The" where the article writes
 * the name with it inside a sentence (the gazetteer or a small "the" may leave it off), so speaker, outlet and the
 * outlets list agree. A "The" opening a sentence shows nothing ("The Financial Times reported" stays Financial
 * Times). Only forms that differ by that article are joined; longer and shorter names are left to
 * outlet-full-names.ts.
 */
export function writeEachOutletOneWay(quotes: OutletFields[], text: string): void {
  const names = new Set(quotes.flatMap((q) => [q.outlet, q.speaker_kind === 'outlet' ? q.speaker : null]).filter((n): n is string => !!n && !n.startsWith('The ')));
  const withThe = new Set([...names].map(bare).filter((name) => writtenWithThe(text, name)));
  if (withThe.size === 0) return;
  const form = (name: string | null): string | null => (name && !name.startsWith('The ') && withThe.has(bare(name)) ? `The ${bare(name)}` : name);
  for (const q of quotes) {
    q.outlet = form(q.outlet);
    if (q.speaker_kind === 'outlet') q.speaker = form(q.speaker);
  }
}

/** Whether the text writes "The NAME" with its capital article inside a sentence (after a word, a comma or the like). */
function writtenWithThe(text: string, name: string): boolean {
  return new RegExp(`[\\p{L}\\d,;)][ \\t]+The[ \\t]+${regExpLiteral(name)}(?![\\p{L}\\d])`, 'u').test(text);
}

const bare = (name: string): string => name.replace(/^the\s+/i, '');
