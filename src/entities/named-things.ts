import { thingNameWords } from '../lexicon/thing-name-words.js';
import { genderOfFirstName } from '../nlp/names.js';
import { THIRD_PERSON_POSSESSIVES, alternatives } from '../nlp/words.js';
import { organisationData } from '../lexicon/organisations.js';

/** Word lists of data/organisations.json that tell a thing's name from a person's. */
interface ThingWords {
  kindNouns: string[];
  winningVerbs: string[];
  clubHeads: Set<string>;
  leagueWords: Set<string>;
  sloganBefore: RegExp;
}

let words: ThingWords | undefined;

function thingWords(): ThingWords {
  if (words) return words;
  const data = organisationData();
  // What a sign, a sticker or a shirt says, right before an opening quotation mark (data/organisations.json slogan_openers).
  const slogan = data.slogan_openers.map((w) => w.split(' ').join(String.raw`\s+`)).join('|');
  words = {
    kindNouns: data.kind_nouns, winningVerbs: data.winning_verbs, clubHeads: new Set(data.club_heads), leagueWords: new Set(data.league_words),
    sloganBefore: new RegExp(String.raw`\b(?:${slogan})\s*,?\s*[“‘"']$`),
  };
  return words;
}

// A determiner, at most two words ("the Spanish side", "the collapsed crypto exchange"), a kind noun, an optional comma: the apposition before a name.
let kindBefore: RegExp | undefined;
// A winning verb, maybe "the"/"a"/"this year's", right before the name.
let winBefore: RegExp | undefined;

/**
 * Whether the capitalised name text[start, end) is the name of a thing, not a person, by what the text says
 * around it: an apposition to a kind of organisation or award ("the label, Meridian Sound"), the object of a
 * winning verb ("won the Golden Bear"), a title filling quotation marks ("her album, “Low Tide Hymnal,”"),
 * or a club's or league's name ("Deportivo Almenara", "La Liga"). A name opening with a given name is left
 * to the person rules ("the team, Mara Okafor, said").
 */
export function namesAThing(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const nameWords = name.split(/\s+/);
  if (isClubOrLeague(nameWords)) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  // Words written on a sign or a sticker, in quotation marks: "stickers reading “Ela Volta”" (a given name in a
  // slogan is no one named).
  if (fillsQuotationMarks(text, start, end) && thingWords().sloganBefore.test(before)) return true;
  if (genderOfFirstName(nameWords[0]!) !== 'unknown') return false;
  const after = text.slice(end, end + 40);
  return fillsQuotationMarks(text, start, end) || kindApposition(before) || wonBefore(before) || documentTitleBefore(before, after) || namesDish(nameWords, before, after);
}

/** Word lists of data/thing-names.json: written works' nouns and dishes' first and last words. */
interface DocumentAndDishWords {
  documentBefore: RegExp;
  dishHeads: Set<string>;
  dishTails: Set<string>;
  foodBefore: RegExp;
}

let documentAndDish: DocumentAndDishWords | undefined;

function documentAndDishWords(): DocumentAndDishWords {
  if (documentAndDish) return documentAndDish;
  const data = thingNameWords();
  const nouns = data.document_nouns!.map((w) => w.split(' ').join(String.raw`\s+`)).join('|');
  // "the study, " or "a report titled " right before the name (a comma alone or "titled"/"entitled"/"called").
  const documentBefore = new RegExp(String.raw`\b(?:the|a|an|${alternatives(THIRD_PERSON_POSSESSIVES)})\s+(?:[\p{L}-]+\s+){0,2}(?:${nouns})(?:\s*,|\s+(?:titled|entitled|called))\s+$`, 'iu');
  // "sells a", "ordered the", "on the menu": a food's context before a name ending in a dish's word (same sentence).
  const foodBefore = new RegExp(String.raw`(?:\b(?:a|an)\s+|\b(?:${data.food_context_words!.join('|')})\b[^.!?;]{0,60})$`, 'i');
  documentAndDish = { documentBefore, dishHeads: new Set(data.dish_heads), dishTails: new Set(data.dish_tails), foodBefore };
  return documentAndDish;
}

// "In the report, ", "Under its audit, ": a work opening the sentence as a phrase; the name after the comma is its subject.
const PREPOSITION_BEFORE = /\b(?:in|at|during|after|before|under|with|from|of|on|by|for|per|according\s+to)\s+$/i;

// "After reading the dossier, ", "Asked about the report, ": a sentence opened by a participle or a preposition
// whose clause ends at the comma; the name after it is the sentence's subject.
const INTRODUCTORY_CLAUSE = /(?:^|[.!?]\s+)(?:\p{Lu}\p{Ll}*(?:ing|ed)|Asked|After|Before|While|When|Upon|On|In|Following|Despite)\b[^.!?]*$/u;

/**
 * "the study, Cold Comfort, said", "a report titled Broken Ladders": a written work's title, no person. After a
 * comma only in apposition: the name closed by a comma or the sentence's end, and no introductory clause ending
 * at the comma ("After reading the dossier, Ama Mensah said" names her).
 */
function documentTitleBefore(before: string, after: string): boolean {
  const m = documentAndDishWords().documentBefore.exec(before);
  if (!m) return false;
  if (!m[0].trimEnd().endsWith(',')) return true;
  const lead = before.slice(0, m.index);
  return !PREPOSITION_BEFORE.test(lead) && !INTRODUCTORY_CLAUSE.test(lead) && /^\s*(?:[,.;]|$)/.test(after);
}

// "Ruud Pudding, the Dutch coach,", "Owusu Pizza, 41,", "Ana Fries, who led", "Ana Fries said": a person's context.
const PERSON_AFTER = /^(?:\s*,\s*(?:\d{1,3}\b|(?:who|a|an|the)\s)|\s+(?:said|says|told|added)\b)/;

/**
 * "Eggs Benedict", "Beef Wellington", "a Caesar Salad", "a Northway Burger Deluxe": a food opening the name or a
 * dish's word after its first word ("Burger King" opens on one: a firm, no dish, but no person either way).
 */
function namesDish(nameWords: string[], before: string, after: string): boolean {
  if (nameWords.length < 2 || nameWords.length > 4) return false;
  const { dishHeads, dishTails, foodBefore } = documentAndDishWords();
  if (dishHeads.has(nameWords[0]!)) return true;
  // A dish's word after the first is a surname too ("Sipho Burger, a farmer,", "Magistrate Ana Fries said"): a dish
  // only where food is spoken of right before ("sells a Harbor Burger Deluxe") and no person's context follows.
  return nameWords.slice(1).some((w) => dishTails.has(w)) && foodBefore.test(before) && !PERSON_AFTER.test(after);
}

/** "Deportivo Almenara", "FC Tallinn", "La Liga", "Serie A": a club head opening the name or a league word in it. */
export function isClubOrLeague(nameWords: string[]): boolean {
  const { clubHeads, leagueWords } = thingWords();
  return (nameWords.length > 1 && clubHeads.has(nameWords[0]!)) || nameWords.some((w) => leagueWords.has(w));
}

/** The second word of a club name opened by a club head ("Almenara" of "Deportivo Almenara"), which alone stands for the club. */
export function clubNameWord(nameWords: string[]): string | null {
  return nameWords.length === 2 && thingWords().clubHeads.has(nameWords[0]!) ? nameWords[1]! : null;
}

/** An opening quotation mark right before the name and a closing one right after it (maybe after a comma or stop). */
function fillsQuotationMarks(text: string, start: number, end: number): boolean {
  return /[“‘"']/.test(text[start - 1] ?? '') && /^[,.]?[”’"']/.test(text.slice(end, end + 2));
}

function kindApposition(before: string): boolean {
  kindBefore ??= new RegExp(String.raw`\b(?:the|a|an|${alternatives(THIRD_PERSON_POSSESSIVES)})\s+(?:[\p{L}-]+\s+){0,2}(?:${thingWords().kindNouns.join('|')})\s*,?\s+$`, 'iu');
  const kind = kindBefore.exec(before);
  // "The director of the festival, Ana Ruiz,": after "of" and a comma the apposition is to the one heading the body.
  return !!kind && !(kind[0].trimEnd().endsWith(',') && /\bof\s+$/i.test(before.slice(0, kind.index)));
}

function wonBefore(before: string): boolean {
  // In small letters only: a capitalised "Win" opening a sentence may be a given name ("Win Aung said").
  winBefore ??= new RegExp(String.raw`\b(?:${thingWords().winningVerbs.join('|')})\s+(?:(?:the|a|an|this\s+year's|last\s+year's)\s+)?$`);
  return winBefore.test(before);
}
