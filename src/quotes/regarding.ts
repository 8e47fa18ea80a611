import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { namesWithComplement } from './naming.js';
import { SUBJECT_PRONOUNS_WITH_YOU } from '../nlp/words.js';

/**
 * Verbs that report a view of something when they say what it is seen as: "sees the levy as a tax on
 * renters"; and those that present it so: "portrayed the mayor as a spendthrift", "framed the vote as a
 * test" (measured on polnear_train; "cast X as" was 0.62, "described X as" reports without "as" too).
 */
export const REGARDING_VERBS = new Set(['see', 'view', 'regard', 'consider', 'portray', 'paint', 'depict', 'characterize', 'characterise', 'frame']);

/** Words that open the object seen: determiners, names, nouns, their modifiers ("the new toll road", "Reyes's plan"). */
const OBJECT_POS = /^(DET|ADJ|NOUN|PROPN|NUM|PART|PRON)$/;

/** "as" in these is no role given: "as well", "as soon as", "as much", "as long as", "as far as". */
const NOT_A_ROLE = /^(well|soon|much|many|long|far|often|early|late|quickly|usual|such|if|though)$/;

/**
 * tokens[from…] is an object and the role it is seen in, after a verb of regarding: "sees Cruz as a
 * uniter", "view the deal as a mistake", "regarded them as rivals", "considers the plan a gamble" /
 * "considers him to be the favorite". Seeing without a role ("saw the parade", "saw him as he left",
 * "considered the bill on Tuesday") reports no view.
 */
export function regardsAs(tokens: Token[], lemma: string, from: number, last: number): boolean {
  // (Considering someone "as" a running mate weighs a choice: "consider" gives a view only without "as".)
  if (lemma === 'consider') return namesWithComplement(tokens, from, last) || objectThen(tokens, from, last, 'to') === 'be';
  return objectThen(tokens, from, last, 'as') !== null || judgedAfterObject(tokens, lemma, from, last);
}

/**
 * "view the mayor favorably", "see the levy negatively": seeing or viewing with a judging adverb after a
 * short object. Seeing takes only an adverb of good or bad ("saw the lights dimly" is eyesight).
 */
function judgedAfterObject(tokens: Token[], lemma: string, from: number, last: number): boolean {
  if (lemma !== 'see' && lemma !== 'view') return false;
  const adverbs = lemma === 'see' ? cueLexicon().evaluativeAdverbs : cueLexicon().judgingAdverbs;
  let k = from;
  while (k <= last && k < from + 6 && OBJECT_POS.test(tokens[k]!.pos)) k++;
  return k > from && k <= last && adverbs.has(tokens[k]!.normal);
}

/**
 * After a short object phrase at tokens[from…], the word `word`: the normal form of the token after it,
 * or null when no object phrase comes first or `word` does not follow it, or begins no role ("as
 * well", "as she left").
 */
function objectThen(tokens: Token[], from: number, last: number, word: string): string | null {
  let k = from;
  // The object: a noun phrase, "of" and "and" inside it ("the rise of the far right", "Reyes and Hale").
  while (k <= last && k < from + 10 && (OBJECT_POS.test(tokens[k]!.pos) || (k > from && /^(of|and)$/.test(tokens[k]!.normal)))) {
    if (tokens[k]!.normal === word) break;
    k++;
  }
  if (k === from || k >= last || tokens[k]!.normal !== word) return null;
  const next = tokens[k + 1]!;
  if (word === 'as' && (NOT_A_ROLE.test(next.normal) || SUBJECT_PRONOUNS_WITH_YOU.test(next.normal) || next.pos === 'PUNCT')) return null;
  // "saw the crowd as the doors opened": a clause after "as" (its verb within three words) tells when.
  if (word === 'as' && clauseAfter(tokens, k + 2, Math.min(k + 4, last))) return null;
  return next.normal;
}

/**
 * A finite verb in tokens[from…to] before any relative word, preposition, punctuation or infinitive:
 * "(as) the doors opened", not "(as) a way to win", "(as) the likeliest to fix it".
 */
function clauseAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (/^(ADP|PUNCT)$/.test(t.pos) || /^(that|who|which|to)$/.test(t.normal)) return false;
    if (/^(VERB|AUX)$/.test(t.pos) && !/ing$/.test(t.normal)) return true;
  }
  return false;
}
