import type { ExtractedQuote } from '../types.js';
import { lookupOutlet, outletKind } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { cueSentenceNamesOutlet } from './interview-carry.js';
import { namesOccasion } from './own-occasion.js';
import type { SentencePlace } from './occasion-shift.js';

/** Kinds of outlet that print or post words: they have issues, no broadcast episodes. */
const PRINT_KINDS = new Set(['newspaper', 'magazine', 'agency', 'website']);

/**
 * "he jokes with the host on a 1983 episode of Night Parade. “…,” he said": the narration places the speaker
 * on one broadcast of a programme (data: episode_nouns, after "on" and a determiner or a possessive, maybe
 * a year or a word between) and names it, in capitalised words or quotation marks, known or not. The quotes
 * of that sentence, and those of a quotation opening the next sentence, were given on that programme: it
 * replaces an outlet only carried from an earlier interview, not one their own sentence names. ("In an
 * episode of …" is left alone: a plot summary's characters speak there, not guests.)
 */
export function giveEpisodeProgrammes(quotes: ExtractedQuote[], text: string, place: SentencePlace): void {
  if (!/ of /.test(text) || quotes.length === 0) return;
  for (const m of text.matchAll(episodePattern())) {
    const programme = (m[1] ?? m[2])!.trim();
    const known = lookupOutlet(programme);
    if (known && PRINT_KINDS.has(outletKind(known) ?? '')) continue;
    const sentence = place.sentenceAt(m.index!);
    // (A role someone played in a series is no broadcast they spoke on: "played a nurse on an episode of …".)
    if (ACTING.test(text.slice(sentence.start, sentence.end))) continue;
    const next = place.sentenceAt(sentence.end + 1);
    // (The next sentence counts only when it opens with a quotation: the words said on the programme.)
    // (… in the same paragraph, and with no occasion of its own: "“…,” Brill said at the festival".)
    const nextOpensQuote = next.start > sentence.end && /^["“]/.test(text.slice(next.start, next.start + 1)) && !text.slice(sentence.end, next.start).includes('\n');
    for (const q of quotes) {
      if (q.speaker_kind !== 'person' || q.cue_start === null) continue;
      const at = place.sentenceAt(q.cue_start).start;
      if (at !== sentence.start && !(nextOpensQuote && at === next.start && !namesOccasion(q, text, place))) continue;
      if (q.outlet && cueSentenceNamesOutlet(q, q.outlet, text, place)) continue;
      q.outlet = known ?? programme;
    }
  }
}

/** Words of acting in a series, not of appearing on a programme as oneself. */
const ACTING = /\b(?:played|plays|playing|starred|stars|starring|guest-starred|cast|role|character|cameo)\b/;

/** "on a 1983 episode of Night Parade", "on Friday's broadcast of “Noon Desk”": built once from episode_nouns. */
let pattern: RegExp | undefined;
function episodePattern(): RegExp {
  // (Case-sensitive so that \p{Lu} means a capital; the lead and determiner in small letters, mid-sentence.)
  pattern ??= new RegExp(String.raw`\bon\s+(?:a|an|one|the|that|this|his|her|their|\p{Lu}\p{L}+['’]s)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:${[...cueLexicon().episodeNouns].join('|')})\s+of\s+(?:["“]([^"“”\n]{1,60}?)[,.]?["”]|((?:The\s+)?\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}))`, 'gu');
  pattern.lastIndex = 0;
  return pattern;
}
