import type { Token } from '../types.js';
import { POSSESSIVES } from '../nlp/words.js';

/** What is taken at someone in an attack: "took aim at", "took a shot at", "taking swipes at". */
const ATTACKS = new Set(['aim', 'shot', 'shots', 'swipe', 'swipes', 'jab', 'jabs', 'swing', 'swings', 'whack', 'potshot', 'potshots']);

/** Words allowed between "take" and the attack: "took a direct shot at", "took some more swipes at". */
const BEFORE_ATTACK = /^(a|an|some|several|many|multiple|more|another|direct|thinly|veiled|few|parting|new|fresh|sharp)$/;

/**
 * "Reyes took aim at the levy", "Hale took a veiled swipe at his rival": an attack idiom around
 * tokens[take] (a form of "take"). The index of its "at", whose object is the one attacked; -1 if none.
 */
export function attackAt(tokens: Token[], take: number, last: number): number {
  let k = take + 1;
  while (k <= last && k < take + 5 && BEFORE_ATTACK.test(tokens[k]!.normal)) k++;
  if (k > last || !ATTACKS.has(tokens[k]!.normal)) return -1;
  if (tokens[k + 1]?.normal !== 'at' || k + 1 >= last) return -1;
  // One "shot at" a thing is an attempt ("took a shot at the title"); at a person or their doings, an attack.
  if (tokens[k]!.normal === 'shot' && !aimedAtSomeone(tokens[k + 2]!)) return -1;
  return k + 1;
}

/** A target that is someone: a name, a pronoun, or what belongs to someone ("her record"). */
function aimedAtSomeone(t: Token): boolean {
  return t.pos === 'PROPN' || /^(him|her|them|me|us)$/.test(t.normal) || POSSESSIVES.has(t.normal);
}

/** "It is safe to say", "it's fair to say": an expletive "it", a form of "be" and one of these before "to say". */
const JUDGED_TO_SAY = new Set(['safe', 'fair', 'true', 'accurate', 'reasonable', 'hard', 'difficult', 'impossible', 'early', 'soon', 'premature']);

/**
 * The writer's own stock phrases around "say", which report no one's words: "needless to say", "suffice it to
 * say", "that is to say", "it goes without saying", "it is safe to say …", "it is too early to say whether …".
 * tokens[i] is the "say"/"saying".
 */
export function writersPhraseWithSay(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lemma !== 'say') return false;
  const word = (k: number) => tokens[k]?.normal ?? '';
  if (word(i) === 'saying') return word(i - 1) === 'without' && /^(goes|go|went|going)$/.test(word(i - 2));
  if (word(i - 1) !== 'to') return false;
  // "needless to say", "that is to say", "suffice (it) to say".
  if (word(i - 2) === 'needless') return true;
  if (word(i - 2) === 'is' && word(i - 3) === 'that') return true;
  if (word(i - 2) === 'suffice' || (word(i - 2) === 'it' && word(i - 3) === 'suffice')) return true;
  // "it is safe to say", "it's too early to say", "it would be fair to say".
  let k = i - 2;
  if (!JUDGED_TO_SAY.has(word(k))) return false;
  k--;
  if (/^(too|very|quite|still|probably|perhaps)$/.test(word(k))) k--;
  if (word(k) === 'be' && /^(would|will|might|may|could)$/.test(word(k - 1))) k--;
  else if (!/^(is|'s|’s|was|seems|seemed)$/.test(word(k))) return false;
  return word(k - 1) === 'it';
}

/**
 * "The sale said as much about the market as …", "the vote says a lot about the party", "the silence speaks
 * volumes", "it tells us something about voters": say, speak or tell meaning reveal, which reports no words.
 * tokens[i] is the verb; amounts are the revealing amounts, each as its words (data/cues.json).
 */
export function revealingSay(tokens: Token[], i: number, amounts: string[][]): boolean {
  if (!/^(say|speak|tell)$/.test(tokens[i]?.lemma ?? '')) return false;
  // A person who "said a lot about the plan" spoke of it; a thing that did revealed something.
  let s = i - 1;
  while (s > 0 && /^(AUX|ADV|PART)$/.test(tokens[s]!.pos)) s--;
  if (tokens[s]?.pos === 'PROPN' || /^(i|we|you|he|she|they|who)$/.test(tokens[s]?.normal ?? '')) return false;
  let k = i + 1;
  if (tokens[i]!.lemma === 'tell' && /^(us|you|me)$/.test(tokens[k]?.normal ?? '')) k++;
  for (const amount of amounts) {
    if (!amount.every((w, n) => tokens[k + n]?.normal === w)) continue;
    const after = tokens[k + amount.length]?.normal;
    if (after === 'about' || amount[0] === 'volumes') return true;
  }
  return false;
}
