import type { Quote } from '../types.js';
import { pullquoteText } from './attribution.js';
import { isProfane, scorePullquotes } from './score.js';

export { scorePullquote, scorePullquotes } from './score.js';
export { pullquoteText } from './attribution.js';

/** The pull-quote fields of every quote of an article: score, reasons, profanity flag, paste-ready text. */
export function withPullquotes(quotes: Quote[]): Quote[] {
  // The paste-ready text keeps clear of profanity where a clean excerpt exists; the flag stays.
  return scorePullquotes(quotes).map((q) => ({ ...q, pullquote_text: pullquoteText(q, q.profanity ? { avoid: isProfane } : {}) }));
}

/** The best quotes first; ties keep corpus order (by id), so the choice is deterministic. */
export function rankPullquotes(quotes: Quote[], options: { limit: number; clean?: boolean }): Quote[] {
  return quotes
    .filter((q) => q.pullquote !== undefined && !(options.clean && q.profanity))
    .sort((a, b) => b.pullquote! - a.pullquote! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, options.limit);
}
