// A quotation right after a word that gives a post, article or thread its title ("a thread posted under the title “…”",
// "an essay headlined “…”"): the words are that title, not anyone's speech.
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { Paragraph } from '../types.js';
import { namingVerbAlternation } from '../lexicon/naming-verbs.js';
import { workWords } from '../lexicon/work-words.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import type { Attribution } from './attribution.js';

/** data/naming-verbs.json given_title, right before the opening mark, maybe over a comma or colon. */
const GIVEN_TITLE_BEFORE = new RegExp(String.raw`\b(?:${namingVerbAlternation('given_title')})\s*[,:]?\s*$`, 'i');

/** Works whose title words name them only; a petition's or a headline's may be someone's words. */
const NOT_NAMED_ONLY: ReadonlySet<string> = new Set(['petition', 'headline', 'headlined']);

let workTitled: RegExp | undefined;

/** A work's noun, maybe a comma and an adverb ("provisionally", "tentatively"), then a title-giving word, right before the mark. */
function titledWorkBefore(): RegExp {
  workTitled ??= new RegExp(String.raw`\b(?:${workWords('before_quoted_title').filter((w) => !NOT_NAMED_ONLY.has(w)).map(regExpLiteral).join('|')}),?[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:${namingVerbAlternation('given_title')})[ \t]*[,:]?[ \t]*$`, 'iu');
  return workTitled;
}

/**
 * Whether a title-giving word stands right before the quotation in its paragraph, and no person or body is
 * given it: "Mook released a memo titled “…”" gives Mook the title as his words (PolNeAR keeps them, also
 * when the frame names him after), while "a thread posted under the title “…”" names a thing only.
 */
export function followsGivenTitleWord(text: string, span: MarkedSpan, paragraph: Paragraph, attribution: Attribution | null): boolean {
  if (!GIVEN_TITLE_BEFORE.test(text.slice(Math.max(paragraph.start, span.open - 30), span.open))) return false;
  // ("did not say whether she was cast in the series, provisionally titled “…”": a screen or printed work's title is
  // its name, whoever speaks in the sentence; a memo or petition may carry its sender's words.)
  if (titledWorkBefore().test(text.slice(Math.max(paragraph.start, span.open - 60), span.open))) return true;
  const speaker = attribution?.frame.speaker;
  return !(attribution?.person || (speaker && (speaker.kind === 'person' || speaker.kind === 'organization')));
}
