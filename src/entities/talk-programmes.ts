import type { AnalyzedArticle } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isTitleCase } from '../nlp/words.js';
import { key } from './films.js';

/**
 * Titles in quotation marks that name a talk programme: after "on" or "of" in a sentence that speaks of a
 * host's monologue or a guest ("her monologue on Thursday's episode of “The Night Desk” when her first guest
 * …"). The guests speak on such a programme, so it is their words' outlet, not a film or show to list
 * (eval/README: the breakfast and late-night shows of sets 3, 5 and 6). Keys are the titles' keys (films.ts key);
 * every mention of one is the programme.
 */
export function talkProgrammeTitles(doc: AnalyzedArticle): Set<string> {
  const text = doc.article.text;
  const out = new Set<string>();
  for (const span of doc.marked) {
    if (span.runsOn) continue;
    const title = text.slice(span.start, span.end).replace(/[,.]$/, '');
    const titleWords = title.split(/\s+/);
    if (titleWords.length > 6 || !/^\p{Lu}/u.test(title) || !isTitleCase(titleWords)) continue;
    const before = text.slice(Math.max(0, span.open - 40), span.open);
    if (!ON_OR_OF_BEFORE.test(before) || WORK_BEFORE.test(before)) continue;
    const sentence = doc.sentences.find((sn) => sn.start <= span.open && span.open < sn.end);
    if (!sentence) continue;
    if (talkWords().test(text.slice(sentence.start, sentence.end))) out.add(key(title));
  }
  return out;
}

/** "on “…”", "episode of “…”", "on Thursday's “…”": the title is where something was said or done. */
const ON_OR_OF_BEFORE = /\b(?:on|of)\s+(?:[\p{L}’'-]+\s+){0,2}$/u;
/** … but not a film or a drama named as such: "on the set of his film “…”". */
const WORK_BEFORE = /\b(?:film|movie|series|drama|comedy|thriller|documentary|sitcom|miniseries)\s+$/i;

let talkWordPattern: RegExp | undefined;

/** Any of the talk-show words (cues.json talk_show_words) as whole words, in any case. */
function talkWords(): RegExp {
  talkWordPattern ??= new RegExp(String.raw`(?<![\p{L}-])(?:${cueLexicon().talkShowWords.join('|')})(?![\p{L}-])`, 'iu');
  return talkWordPattern;
}
