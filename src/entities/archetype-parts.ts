// Parts a screen story introduces by their archetype: "Mara Quell, the vigilante known as Ironveil", "Desmond Okafor
// as the villain the Pale Regent", "Ingrid Solvang's Wren, believed dead". Superhero and genre coverage names its
// parts this way rather than with "plays"; the archetype nouns (data/characters.json archetypeNouns) say a story's
// part is meant, not a real person's job.
import { characterLists } from '../lexicon/character-lists.js';
import { genderOfFirstName } from '../nlp/names.js';
import { alternatives } from '../nlp/words.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { isCityNotGivenName } from '../lexicon/place-names.js';
import { matchAllByLine } from '../text/lines.js';
import { PART_TITLE } from './synopsis-parts.js';
import { relativeNouns } from '../lexicon/relatives.js';

export function archetypeNouns(): string[] {
  return characterLists().archetypeNouns;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*`;
const FULL_NAME = String.raw`${CAPITALISED}(?:[ \t]+${CAPITALISED}){1,2}`;
const PART_NAME = String.raw`${CAPITALISED}(?:[ \t]+${CAPITALISED}){0,2}`;

const POSSESSIVE_BEFORE_CAPITAL = /['’]s[ \t]+\p{Lu}/u;

let patterns: { knownAs: RegExp; actorAs: RegExp; actorsPart: RegExp } | undefined;
function archetypePatterns() {
  const noun = `(?:${alternatives(archetypeNouns())})`;
  patterns ??= {
    // "Mara Quell, the vigilante known as Ironveil,": the full name is the part, the alias its masked name.
    knownAs: new RegExp(String.raw`(?<![\p{L}'’-])(${FULL_NAME}),[ \t]+the[ \t]+(?:[\p{Ll}-]+[ \t]+)?${noun}[ \t]+(?:known|called)[ \t]+as[ \t]+(?:the[ \t]+)?(${PART_NAME})`, 'gu'),
    // "cuts to Desmond Okafor-Lyle as the villain the Pale Regent": an actor "as the <archetype>" and the part's name.
    actorAs: new RegExp(String.raw`(?<![\p{L}'’-])(${FULL_NAME})[ \t]+as[ \t]+the[ \t]+(?:[\p{Ll}-]+[ \t]+)?${noun}[ \t]+(?:the[ \t]+)?(${PART_NAME})(?=[ \t]*[,.;:)]|$)`, 'gu'),
    // "revealed Ingrid Solvang-Baptiste's Wren, believed dead": a full name's possessive and one capitalised word set off by punctuation.
    // (… or a given name and a surname ending the sentence: "at the expense of Celia Vaughn's Mary Costello.")
    actorsPart: new RegExp(String.raw`(?<![\p{L}'’-])(${FULL_NAME})['’]s[ \t]+(${CAPITALISED}(?=[ \t]*[,;:)])|\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+(?=[ \t]*[,;:.)]))`, 'gu'),
  };
  return patterns;
}

// The screen or story work whose part an apposition names: "the film's villain", "the series' hero".
const WORK_NOUN = String.raw`(?:film|movie|show|series|sitcom|drama|play|musical|novel|book|game|franchise|sequel|episode|story)`;
let workPart: RegExp | undefined;
const MAY_WORK_PART = new RegExp(String.raw`,[ \t]+the[ \t]+${WORK_NOUN}['’]`);

/**
 * "Queen Aldis, the film's villain": a name in apposition with a work's possessive and an archetype is a part of that
 * work, wherever the article stands (the apposition itself names the work).
 */
export function workPossessiveParts(text: string, isTitle: (name: string) => boolean): ArchetypePart[] {
  workPart ??= new RegExp(String.raw`(?<![\p{L}'’-])(${PART_NAME}),[ \t]+the[ \t]+${WORK_NOUN}['’]s?[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:${alternatives(archetypeNouns())})(?![\p{L}])`, 'gu');
  // (Only in an article holding what every match holds after its name, ", the film's": most hold none, and the
  // pattern, opening on a name's capital, is otherwise tried at each offset.)
  if (!MAY_WORK_PART.test(text)) return [];
  return [...text.matchAll(workPart)].filter((m) => !isTitle(m[1]!) && !isKnownOrganisation(m[1]!)).map((m) => ({ name: m[1]!, actor: null }));
}

// The reverse order, "the film's villain, Dr. Vance,": the archetype first, the name set off by commas after it. A
// title before the name stays in it (a part, not a person, is "Dr. Vance"). "Its villain, …" names no work, so
// it counts only in an article about a screen work.
let partAfter: RegExp | undefined;
const MAY_PART_AFTER = new RegExp(String.raw`(?:[Tt]he[ \t]+${WORK_NOUN}['’]s?|\b[Ii]ts)[ \t]+(?:[\p{Ll}-]+[ \t]+)?\p{Ll}+,[ \t]+\p{Lu}`, 'u');

/** "the film's villain, Dr. Vance," (anywhere) and "Its villain, Dr. Vance," (in a screen article): the name after is a part. */
export function workPossessivePartsAfter(text: string, screenArticle: boolean, isTitle: (name: string) => boolean): ArchetypePart[] {
  if (!MAY_PART_AFTER.test(text)) return [];
  partAfter ??= new RegExp(String.raw`(?<![\p{L}'’-])(?:[Tt]he[ \t]+${WORK_NOUN}['’]s?|(Its|its))[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:${alternatives(archetypeNouns())}),[ \t]+(${PART_TITLE}?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?=[ \t]*[,.;:)])`, 'gu');
  return [...text.matchAll(partAfter)]
    .filter((m) => (screenArticle || !m[1]) && !isTitle(m[2]!) && !isKnownOrganisation(m[2]!))
    .map((m) => ({ name: m[2]!, actor: null }));
}

// A description ("the figure", "a masked killer") known only by the capitalised alias after it ("the" left out).
const KNOWN_ONLY_AS = new RegExp(String.raw`(?<![\p{L}'’-])(?:[Tt]he|[Aa]n?)[ \t]+(?:[\p{Ll}-]+[ \t]+){1,3}known[ \t]+only[ \t]+as[ \t]+(?:the[ \t]+)?(${PART_NAME})(?![\p{L}'’-])`, 'gu');

export interface ArchetypePart {
  name: string;
  actor: string | null;
  /** The name the part goes by besides ("known as Ironveil"). */
  alias?: string;
}

/**
 * Parts named through an archetype or an actor's possessive, read only where the article is about a screen work
 * (`screenWork`; `inSentence` asks that the sentence itself name one): elsewhere "Ana Ruiz's Ostra," is a restaurant and "Tom Hale, the detective known as Ace," a real officer.
 */
export function archetypeParts(text: string, screenWork: (start: number, end: number, inSentence: boolean) => boolean, isTitle: (name: string) => boolean): ArchetypePart[] {
  const out: ArchetypePart[] = [];
  const { knownAs, actorAs, actorsPart } = archetypePatterns();
  // Both archetype patterns try a match at every capital of the text, and each match holds an archetype noun as
  // written: most articles have none, and are not searched.
  if (archetypeNouns().some((noun) => text.includes(noun))) {
    for (const m of text.matchAll(knownAs)) {
      if (screenWork(m.index!, m.index! + m[0].length, false) && !isTitle(m[1]!)) out.push({ name: m[1]!, actor: null, alias: m[2]! });
    }
    for (const m of text.matchAll(actorAs)) {
      if (screenWork(m.index!, m.index! + m[0].length, false) && !isTitle(m[2]!)) out.push({ name: m[2]!, actor: m[1]! });
    }
  }
  // "confront the figure known only as the Lantern Man": a story's figure with no name but its alias is a part.
  if (text.includes('known only as')) {
    for (const m of text.matchAll(KNOWN_ONLY_AS)) if (!isTitle(m[1]!) && !isKnownOrganisation(m[1]!)) out.push({ name: m[1]!, actor: null });
  }
  // (The possessive pattern crosses no line break and tries every capital: only lines with a possessive before a
  // capital, which every match holds, are read.)
  for (const m of matchAllByLine(text, actorsPart, (line) => (line.includes("'s") || line.includes('’s')) && POSSESSIVE_BEFORE_CAPITAL.test(line))) {
    const part = m[2]!;
    // (Only an actor named in full with a given name we know; the possessed word no film, body, city or given name.)
    // (A possessed full name opens with a given name: "Celia Vaughn's Mary Costello" is the part she plays.)
    const fullPart = /\s/.test(part);
    if (genderOfFirstName(m[1]!.split(/[ \t]+/)[0]!) === 'unknown' || (fullPart ? genderOfFirstName(part.split(/[ \t]+/)[0]!) === 'unknown' : genderOfFirstName(part) !== 'unknown')) continue;
    if (isTitle(part) || isKnownOrganisation(part) || isCityNotGivenName(part)) continue;
    // (A possessive alone says less than an archetype: the sentence itself must be about the screen work.)
    if (screenWork(m.index!, m.index! + m[0].length, true)) out.push({ name: part, actor: m[1]! });
  }
  return out;
}

// "the heroine, Mika Sato, duels her twin sister Aiko": a story's lead named in apposition after "the" and its
// archetype (or "the film's heroine"), and a relative that the lead's pronoun owns further on in the same sentence ("her twin sister Aiko",
// the name closing the phrase). Only in a sentence that names a screen work: "the hero, Ana Ruiz," of a real rescue
// is a person.
let storyLead: RegExp | undefined;
let storyRelative: RegExp | undefined;
const storyRelativePattern = () => (storyRelative ??= new RegExp(String.raw`(?<![\p{L}'’-])(?:his|her|their)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(?:${alternatives(relativeNouns())})[ \t]+(${PART_TITLE}?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-]|[ \t]+\p{Lu})`, 'gu'));

/** "the heroine, Mika Sato," and "her twin sister Aiko" after it, in a sentence about a screen work: both are parts. */
export function storyLeadParts(text: string, screenSentence: (start: number, end: number) => string | null, isTitle: (name: string) => boolean): ArchetypePart[] {
  const nouns = characterLists().storyLeadNouns;
  if (!nouns.some((noun) => text.includes(noun + ','))) return [];
  storyLead ??= new RegExp(String.raw`(?<![\p{L}'’-])[Tt]he[ \t]+(?:[\p{Ll}-]+(?:['’]s?)?[ \t]+)?(?:${alternatives(nouns)}),[ \t]+(${PART_TITLE}?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?=[ \t]*[,;:)])`, 'gu');
  const out: ArchetypePart[] = [];
  for (const m of text.matchAll(storyLead)) {
    const end = m.index! + m[0].length;
    const sentence = screenSentence(m.index!, end);
    if (sentence === null || isTitle(m[1]!) || isKnownOrganisation(m[1]!)) continue;
    out.push({ name: m[1]!, actor: null });
    // (Only the part of the sentence after the lead: its pronoun points back to the lead.)
    const after = sentence.slice(sentence.indexOf(m[1]!) + m[1]!.length);
    for (const r of after.matchAll(storyRelativePattern())) if (!isTitle(r[1]!) && !isKnownOrganisation(r[1]!)) out.push({ name: r[1]!, actor: null });
  }
  return out;
}
