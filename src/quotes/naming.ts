import type { Token } from '../types.js';
import { isTimeWord } from '../nlp/time-words.js';
import { OWNER_POSSESSIVES, POSSESSIVE_PRONOUNS, SUBJECT_OF_OBJECT, THIRD_PERSON_POSSESSIVES, THIRD_PERSON_REFLEXIVES } from '../nlp/words.js';

/** Objects that "call" names as something: "called him a …", "calling them …". */
const OBJECT_PRONOUNS = new Set([...SUBJECT_OF_OBJECT.keys(), ...THIRD_PERSON_REFLEXIVES]);
/** Determiners opening a named object: "called the plan …", "called his rival …". */
// The words that open a name's noun phrase: "a", "the", "one", a possessive.
const NAME_OPENERS = new Set(['a', 'an', 'the', ...POSSESSIVE_PRONOUNS, 'one']);
const OBJECT_DETERMINERS = new Set(['the', ...THIRD_PERSON_POSSESSIVES, 'this', 'that', 'these', 'those']);
/** Demonstratives, which may be the whole object: "called this a …". */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
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
  // (A demonstrative standing alone is a pronoun too: "called this a false story".)
  if (OBJECT_PRONOUNS.has(first.normal) || (DEMONSTRATIVES.has(first.normal) && /^(a|an)$/.test(tokens[from + 1]?.normal ?? ''))) k++;
  else if (OBJECT_DETERMINERS.has(first.normal) || /^(ADJ|NOUN)$/.test(first.pos)) {
    // A noun phrase: its adjectives, then its nouns ("the new toll road", "climate change").
    if (OBJECT_DETERMINERS.has(first.normal)) k++;
    while (k <= last && k < from + 4 && tokens[k]!.pos === 'ADJ') k++;
    const head = k;
    while (k <= last && k < from + 7 && /^(NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
    if (k === head || k > last) return false;
    // "called the plan a disaster" / "called the charges baseless": after a noun, an article or an
    // adjective opens the name given (a bare noun would still be part of the object).
    // … or a possessive: "called the ferry owners her rivals" (not a time: "called the office her first day back").
    const possessive = OWNER_POSSESSIVES.has(tokens[k]!.normal) && !/^(first|last|second|final|next|own)$/.test(tokens[k + 1]?.normal ?? '') && !isTimeWord(tokens[k + 1]?.normal ?? '');
    return (/^(a|an)$/.test(tokens[k]!.normal) || possessive || tokens[k]!.pos === 'ADJ') && complementOk(tokens, k, last);
  } else return false;
  if (k > last) return false;
  const c = tokens[k]!;
  if (/^(themselves|itself)$/.test(first.normal) && groupNameAt(tokens, k)) return false;
  // (A quoted name, "called him “Boss”", is the quote stage's partial quote.)
  const opens = NAME_OPENERS.has(c.normal) || c.pos === 'ADJ' || (c.pos === 'NOUN' && OBJECT_PRONOUNS.has(first.normal));
  return opens && complementOk(tokens, k, last);
}

/**
 * "Fans …, who call themselves the “Night Owls,”", "a group of mayors that calls itself the “Harbor
 * Club”": a group's or a body's name for itself, a nickname in quotation marks after "the", is the name
 * it goes by, not a stance it states (a single person's "calls himself a moderate" stays one).
 * (So is a capitalised name after "the" with no marks: "a group calling itself the Harbor Front".)
 */
function groupNameAt(tokens: Token[], k: number): boolean {
  const mark = tokens[k + 1];
  if (tokens[k]!.normal !== 'the' || !mark) return false;
  return /^["“‘']$/.test(mark.text) ? /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '') : /^\p{Lu}/u.test(mark.text);
}

/** The complement is a name, not an idiom ("it a day") nor a time ("him the next day"). */
function complementOk(tokens: Token[], k: number, last: number): boolean {
  if (isTimeWord(tokens[k]!.normal)) return false; // "called them yesterday"
  for (let j = k; j <= last && j < k + 3; j++) {
    if (IDIOM_COMPLEMENTS.has(tokens[j]!.normal)) return false;
    if (/^(NOUN|ADJ)$/.test(tokens[j]!.pos) && !/^(a|an|the)$/.test(tokens[j]!.normal)) break;
  }
  return !/^(next|following|other|same)$/.test(tokens[k + 1]?.normal ?? '');
}
