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
