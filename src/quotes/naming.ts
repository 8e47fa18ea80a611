import type { Token } from '../types.js';

/** Objects that "call" names as something: "called him a …", "calling them …". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'itself']);
/** Determiners opening a named object: "called the plan …", "called his rival …". */
const OBJECT_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those']);
/** Idioms of "call X Y" that report nothing: "called it a day", "called it quits". */
const IDIOM_COMPLEMENTS = new Set(['day', 'night', 'quits', 'even']);

/**
 * tokens[from…] is an object and the name given it, "call X Y": "called him a fraud", "calling the
 * plan a disaster", "called them reckless". Phoning and summoning ("called
 * the police", "called a vote", "called him on Tuesday") have an object and no complement.
 */
export function namesWithComplement(tokens: Token[], from: number, last: number): boolean {
  const first = tokens[from];
  if (!first) return false;
  let k = from;
  // A name as the object ("calls Ann Lee a friend") is left out: measured, it added as many naming
  // asides the annotators skip (entertainment captions) as reports.
  if (OBJECT_PRONOUNS.has(first.normal)) k++;
  else if (OBJECT_DETERMINERS.has(first.normal)) {
    k++;
    while (k <= last && k < from + 5 && /^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
    if (k === from + 1 || tokens[k - 1]!.pos === 'ADJ') return false;
    // "called the plan …": after a noun phrase only a determined or quoted name is safe; a bare noun
    // would be part of the object ("called the county board chairman").
    return k <= last && /^(a|an)$/.test(tokens[k]!.normal) && complementOk(tokens, k, last);
  } else return false;
  if (k > last) return false;
  const c = tokens[k]!;
  // (A quoted name, "called him “Boss”", is the quote stage's partial quote.)
  const opens = /^(a|an|the|his|her|their|its|my|our|one)$/.test(c.normal) || c.pos === 'ADJ' || (c.pos === 'NOUN' && OBJECT_PRONOUNS.has(first.normal));
  return opens && complementOk(tokens, k, last);
}

/** The complement is a name, not an idiom ("it a day") nor a time ("him the next day"). */
function complementOk(tokens: Token[], k: number, last: number): boolean {
  for (let j = k; j <= last && j < k + 3; j++) {
    if (IDIOM_COMPLEMENTS.has(tokens[j]!.normal)) return false;
    if (/^(NOUN|ADJ)$/.test(tokens[j]!.pos) && !/^(a|an|the)$/.test(tokens[j]!.normal)) break;
  }
  return !/^(next|following|other|same)$/.test(tokens[k + 1]?.normal ?? '');
}
