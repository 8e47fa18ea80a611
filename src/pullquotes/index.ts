import type { ArticleEntities, Quote } from '../types.js';
import { pullquoteText } from './attribution.js';
import { isProfane, scorePullquotes } from './score.js';

export { scorePullquote, scorePullquotes } from './score.js';
export { pullquoteText } from './attribution.js';

/**
 * The pull-quote fields of every quote of an article: score, reasons, profanity flag, paste-ready text.
 * With the article's entities, a speaker whose role the quote's sentence does not give is credited
 * with the role the article gives them elsewhere ("Director Maya Lindqvist … Lindqvist told Variety").
 */
export function withPullquotes(quotes: Quote[], entities?: Pick<ArticleEntities, 'people'>): Quote[] {
  const roles = new Map((entities?.people ?? []).filter((p) => p.roles?.length).map((p) => [p.name, p.roles![0]!]));
  // The paste-ready text keeps clear of profanity where a clean excerpt exists; the flag stays.
  // scorePullquotes returns new objects: the text is set on them rather than on another copy of each quote.
  const scored: Quote[] = scorePullquotes(quotes);
  for (const q of scored) {
    const role = q.speaker_role ?? (q.speaker_kind === 'person' && q.speaker ? roles.get(q.speaker) ?? null : null);
    // The fields pullquoteText reads, with the role found here.
    const credited = { text: q.text, speaker: q.speaker, speaker_role: role, outlet: q.outlet, speaker_kind: q.speaker_kind };
    q.pullquote_text = pullquoteText(credited, q.profanity ? { avoid: isProfane } : {});
  }
  return scored;
}

/** The best quotes first, none in headline case; ties keep corpus order (by id), so the choice is deterministic. */
export function rankPullquotes(quotes: Quote[], options: { limit: number; clean?: boolean }): Quote[] {
  return quotes
    // A headline's words are no pull-quote: the reader has them above the story.
    .filter((q) => q.pullquote !== undefined && !(options.clean && q.profanity) && !q.pullquote_reasons?.includes('headline-case'))
    .sort((a, b) => b.pullquote! - a.pullquote! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, options.limit);
}
