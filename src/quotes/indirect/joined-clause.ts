import type { Token } from '../../types.js';
import { afterTimePhrase } from './time-phrases.js';
import { isTimeWord } from '../../nlp/time-words.js';

/** Adverbs that move the narration on in time: ", and soon the queue …". */
const NEXT_TIME_ADVERBS = /^(then|soon|later|meanwhile|afterwards|afterward|eventually)$/;

/** A time phrase at tokens[k]: "last week", "within hours", "by Tuesday", "two days later", "soon". */
function timeOpensAt(tokens: Token[], k: number, to: number): boolean {
  if (afterTimePhrase(tokens, k, to) > k || NEXT_TIME_ADVERBS.test(tokens[k]?.normal ?? '')) return true;
  // (Up to three words ending in a day or a unit of time; the short units are no list of time-words.ts.)
  for (let j = k; j < Math.min(k + 3, to); j++) if (isTimeWord(tokens[j]!.normal) || /^(seconds|minutes|hours)$/.test(tokens[j]!.normal)) return true;
  return false;
}

/**
 * ", and|but|yet|so" after a noun-object content, then a clause opening with a time and with a subject and a finite
 * verb of its own:
 * "announced the list on Friday, and within hours fans were posting".
 */
export function newClauseAfterComma(tokens: Token[], k: number, to: number): boolean {
  if (tokens[k]!.text !== ',' || !/^(and|but|yet|so)$/.test(tokens[k + 1]?.normal ?? '') || tokens[k + 1]!.pos !== 'CCONJ') return false;
  // (", and how the fight flowed …", ", and that B": a second content of the same cue, not a clause of its own.)
  if (/^(how|what|why|whether|that|where|when|who|which|if)$/.test(tokens[k + 2]?.normal ?? '')) return false;
  // (Only a clause that opens with a time, the writer going on to what happened next: "…, and within hours fans
  // were posting". A bare ", and it's sparking fears …" PolNeAR often keeps in the report.)
  if (!timeOpensAt(tokens, k + 2, to)) return false;
  for (let j = k + 3; j <= to; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.pos === 'PUNCT' && t.text !== '-') return false;
    // (A finite verb with a noun or pronoun before it: the clause's own subject.)
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.normal) && t.normal !== 'to' && /^(NOUN|PROPN|PRON)$/.test(tokens[j - 1]!.pos)) return true;
    if (t.pos === 'AUX' && /^(NOUN|PROPN|PRON|VERB|ADP)$/.test(tokens[j - 1]!.pos) && j > k + 3) return true;
  }
  return false;
}
