// A capitalised title in quotation marks right after a verb of putting a film out: "the studio released “…” in
// 2019", "premiered “…” at Sundance", "screened “…” for critics".
import { workWords } from '../lexicon/work-words.js';
import { phrasePattern } from './stage-and-product-words.js';
import { OTHER_WORKS } from './other-works.js';
import { sentenceStopFrom } from '../text/sentence-bounds.js';

// Verbs of showing a work on a screen: what they show is a film or show.
const SHOWN_BEFORE = /\b(?:premiere|premieres|premiered|premiering|screen|screens|screened|screening)\s*$/iu;
// "release" alone: a label releases albums, a ministry a report, so a screen word or a film maker must stand in the sentence.
const RELEASED_BEFORE = /\b(?:release|releases|released|releasing)\s*$/iu;

let screenWords: RegExp | undefined;
let screenReleasers: ReadonlySet<string> | undefined;

/**
 * 'work' when the quoted title at `open`..`after` is the object of "premiered" or "screened", or of "released" in a
 * sentence with a screen word ("film", "cinemas", "Netflix") or a maker of films as the one releasing ("the studio",
 * "the distributor"; data/work-words.json screen_releaser). Not when the sentence names another kind of work
 * ("released the album “…”", "premiered her new song “…”"). The caller asks only of a quotation no one is said to have spoken.
 */
export function releasedOnScreen(text: string, open: number, after: number): 'work' | null {
  const preceding = text.slice(Math.max(0, open - 20), open);
  const shown = SHOWN_BEFORE.test(preceding);
  if (!shown && !RELEASED_BEFORE.test(preceding)) return null;
  const sentence = sentenceAround(text, open, after);
  if (namesOtherKindOfWork(sentence)) return null;
  if (shown) return 'work';
  screenWords ??= phrasePattern('screen_context');
  screenReleasers ??= new Set(workWords('screen_releaser'));
  const releasers = screenReleasers;
  return screenWords.test(sentence) || sentenceBefore(text, open).toLowerCase().split(/[^\p{L}-]+/u).some((w) => releasers.has(w)) ? 'work' : null;
}

/** Whether a word of the sentence names a work that is no film or show (an album, a book, a song). */
function namesOtherKindOfWork(sentence: string): boolean {
  return sentence.toLowerCase().split(/[^\p{L}-]+/u).some((w) => OTHER_WORKS.has(w) || (w.endsWith('s') && OTHER_WORKS.has(w.slice(0, -1))));
}

/** The sentence around the title: back to the last full stop or line break, on to the next, at most 200 characters each side. */
function sentenceAround(text: string, open: number, after: number): string {
  const stop = sentenceStopFrom(text, after, { lineBreak: true, reach: 200 });
  const rest = text.slice(after, stop < 0 ? Math.min(text.length, after + 200) : stop);
  return `${sentenceBefore(text, open)}${text.slice(open, after)}${rest}`;
}

/** The sentence's words before the title: back to the last full stop or line break, at most 200 characters. */
function sentenceBefore(text: string, open: number): string {
  return text.slice(Math.max(0, open - 200), open).split(/[.!?]\s+|\n/).pop() ?? '';
}
