import { DESCRIPTORS, isRoleWord, ORGANIZATION_HEADS } from '../nlp/words.js';
import { isHonorific } from '../nlp/names.js';
import { cueLexicon } from '../lexicon/cues.js';
import { officeLevels } from '../lexicon/office-levels.js';
import { fixedTitles } from '../lexicon/fixed-titles.js';
import { isScopedOffice, roleModifiers, roleRunHeads, roleRunThings } from '../lexicon/role-modifiers.js';
import { isFormerOnlyRole } from '../lexicon/occupations.js';
import { isOfficeField } from '../nlp/office-fields.js';

/** A form of address is a courtesy, no role: "Mr.", "Dr", "Sir Peter Hollings". */
function isFormOfAddress(word: string): boolean {
  const plain = word.replace(/\.$/, '');
  return plain === 'dr' || isHonorific(plain);
}

/** Prepositions after a role that bring in whom or what it serves: "adviser to the president", "spokesperson for the mayor". */
const ROLE_OBJECT_PREPOSITIONS = /^(?:of|for|to|at|in|with)$/;

/**
 * "the network's head of scripted programming": "head of" and a department in small letters, no article (not "head
 * of the council", a body), ending the phrase, is the role whole. Null otherwise.
 */
function departmentHead(words: readonly string[]): string | null {
  const head = words.lastIndexOf('head');
  if (head < 0 || words[head + 1] !== 'of' || head + 2 >= words.length) return null;
  const department = words.slice(head + 2);
  if (/^(?:the|a|an|his|her|its|their|our)$/.test(department[0]!) || !department.every((w) => /^[\p{Ll}-]+$/u.test(w))) return null;
  return ['head', 'of', ...department].join(' ');
}

/** The first fixed title (data/fixed-titles.json) standing in `words` as a run, or null. */
function fixedTitleIn(words: readonly string[]): string | null {
  // (Words read from tokens keep a hyphen apart: "season", "-", "ticket", "holder" is "season-ticket holder".)
  if (words.includes('-')) words = hyphensJoined(words);
  for (const title of fixedTitles()) {
    for (let i = 0; i + title.length <= words.length; i++) if (title.every((w, j) => words[i + j] === w)) return title.join(' ');
  }
  return null;
}

/** The words with each lone "-" joined to the words either side: ["season", "-", "ticket"] → ["season-ticket"]. */
function hyphensJoined(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '-' && joined.length > 0 && i + 1 < words.length) joined[joined.length - 1] += `-${words[++i]!}`;
    else joined.push(words[i]!);
  }
  return joined;
}

/**
 * The role a run of words (lower case) gives a person, as news writes it: from the first role word to
 * the last, with the words that qualify the office between them ("chief operating officer", not "chief
 * officer"), the level of government before an office ("state senator" for "State Sen."), and an
 * abbreviated title spelled out ("sen." is "senator"), so one office reads the same however it is written.
 * Null when no role word is there.
 */
export function rolePhrase(words: readonly string[]): string | null {
  // ("former international Ana Ruiz": a noun that is a title only after a word of time is one there.)
  const isRole = (w: string, i: number) => (isRoleWord(w) && w !== 'the' && !isFormOfAddress(w)) || (i > 0 && TIME_QUALIFIERS.has(words[i - 1]!) && isFormerOnlyRole(w));
  let first = words.findIndex(isRole);
  // ("harbour master Elena Varga": a fixed title whose words are no role alone is the role whole.)
  if (first < 0) return fixedTitleIn(words) ?? departmentHead(words) ?? runHeadAtEnd(words);
  // (A describing word that is a role alone, "veteran", before another role word only describes it: "veteran broadcaster".)
  while (DESCRIPTORS.has(words[first]!) && words.slice(first + 1).some((w, i) => isRole(w, first + 1 + i))) first = words.findIndex((w, i) => i > first && isRole(w, i));
  // ("Secretary of State Dana Whitfield": an office named by a fixed phrase is the whole phrase, its "of" or "in" no break.)
  for (const title of fixedTitles()) {
    for (let i = Math.max(0, first - title.length + 1); i <= first && i + title.length <= words.length; i++) {
      if (title.every((w, j) => words[i + j] === w)) return [...(i > 0 && officeLevels().has(words[i - 1]!) ? [words[i - 1]!] : []), ...title, ...fieldAfter(words, i + title.length - 1)].join(' ');
    }
  }
  let last = first;
  // (A role word after a preposition is whom the role serves, no part of it: "spokesperson for the mayor".)
  for (let i = first; i < words.length && !(i > first && ROLE_OBJECT_PREPOSITIONS.test(words[i]!)); i++) if (isRole(words[i]!, i)) last = i;
  // Only small-letter qualifiers join the span; a break ("and", a comma, "of") keeps the role words alone.
  const span = words.slice(first, last + 1);
  const joined = span.every((w) => /^[\p{Ll}-]+\.?$/u.test(w) && !/^(and|or|of|for|at|to|in|with)$/.test(w));
  const picked = joined ? span : span.filter((w, i) => isRole(w, first + i));
  // ("a box-office analyst", "a health-care consultant": a field written as one hyphenated word right before the
  // role says which analyst; a describing compound, "a well-known analyst", "a part-time adviser", does not.)
  const field = first > 0 && hyphenatedField(words[first - 1]!) ? [words[first - 1]!] : [];
  // ("the managing director", "finance minister": a word qualifying the office that is no role alone stays with it.)
  // ("garage owner", "team manager": what the person runs or owns, right before a run head, makes the trade;
  // and a word for the stretch an office covers, before such an office: "the area director", not "an area resident".)
  const modifier = first > 0 && (roleModifiers().has(words[first - 1]!) || isRunCompound(words, first) || isScopedOffice(words[first - 1]!, words[first]!)) ? [words[first - 1]!] : field;
  // ("Retired general Mark Hale": a word of time before the office says it is past, and stays with it.)
  const past = first > 0 && RETIRING_WORDS.has(words[first - 1]!) ? [words[first - 1]!] : modifier;
  // ("city council member": a level of government and the body the office sits in, before the role word, make an office
  // of that level, as "state senator" is; the body alone stays out: "Council Member Ana Ruiz", "the party leader".)
  const body = first > 1 && ORGANIZATION_HEADS.has(words[first - 1]!) && officeLevels().has(words[first - 2]!) ? [words[first - 2]!, words[first - 1]!] : past;
  const level = first > 0 && officeLevels().has(words[first - 1]!) ? [words[first - 1]!] : body;
  const spelled = picked.map((w) => [...(cueLexicon().roleTitles.get(w) ?? [])][0] ?? w.replace(/\.$/, ''));
  // ("Former international Jan Hale": a word of time alone, its noun no role word we know, names no role.)
  if ([...level, ...spelled].every((w) => TIME_QUALIFIERS.has(w))) return null;
  return [...level, ...spelled, ...fieldAfter(words, last)].join(' ');
}

/** Whether words[at] is a run head ("owner", "head", "manager") with a run thing before it: "garage owner", "studio head". */
function isRunCompound(words: readonly string[], at: number): boolean {
  return at > 0 && roleRunHeads().has(words[at]!) && roleRunThings().has(words[at - 1]!);
}

/** "studio head Lee Marr": a run head that is no role word alone ("head"), closing the words after a run thing, is the role. */
function runHeadAtEnd(words: readonly string[]): string | null {
  const last = words.length - 1;
  return isRunCompound(words, last) ? `${words[last - 1]!} ${words[last]!}` : null;
}

/**
 * "the company's director of operations": "of" and a field of work (data/office-fields.json) closing the phrase
 * after the last role word name which director, part of the office ("of" and an article, "director of the
 * museum", name whom it serves, and stay out). The words from "of", or none.
 */
function fieldAfter(words: readonly string[], last: number): string[] {
  // ("cabinet member for housing": "for" and a field is a portfolio, as "of" is; "for the mayor" names whom it serves.)
  const joiner = words[last + 1];
  if ((joiner !== 'of' && joiner !== 'for') || last + 2 >= words.length) return [];
  const field = words.slice(last + 2);
  return field.every((w, i) => isOfficeField(w) || (w === 'and' && i > 0 && i < field.length - 1)) ? [joiner, ...field] : [];
}

/** Words that place a role in time and are none alone: "former", "ex-", "retired" (a role must follow them). */
const TIME_QUALIFIERS: ReadonlySet<string> = new Set(['former', 'ex', 'ex-', 'retired', 'onetime', 'one-time', 'erstwhile', 'then']);

/** The words of time that are no role word themselves ("former" is one) yet belong to the role after them: "retired general". */
const RETIRING_WORDS: ReadonlySet<string> = new Set(['retired', 'onetime', 'one-time', 'erstwhile']);

// Hyphenated words that describe a person rather than name a field: "well-known", "part-time", "so-called", "long-serving".
const DESCRIBING_COMPOUND = /^(?:well|long|short|full|part|so|self|much|ill|best|world|high|low|hard|all|ever|once|newly|highly)-|(?:ed|ing|ly|time|year|old|based|level)$/u;

/** A field written as one hyphenated word in small letters, no describing compound: "box-office", "health-care". */
function hyphenatedField(word: string): boolean {
  return /^\p{Ll}+-\p{Ll}+$/u.test(word) && !DESCRIBING_COMPOUND.test(word);
}
