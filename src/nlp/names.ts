import { familyNameLists } from '../lexicon/family-names.js';
import { firstNameLists } from '../lexicon/first-names.js';
import type { Gender, Token } from '../types.js';
import { genderOfRelative } from '../lexicon/relatives.js';
import { cueLexicon } from '../lexicon/cues.js';
import { areGivenNameForms } from '../lexicon/given-name-short-forms.js';

let firstNames: Map<string, Gender> | undefined;
let eitherSexNames: Set<string> | undefined;

/**
 * Given names with their gender, in one Map: most words asked about are no given name, and one lookup
 * rules them out where two Sets took two. A name on both lists is male (the male list was asked first).
 */
function names(): Map<string, Gender> {
  if (!firstNames) {
    const data = firstNameLists();
    firstNames = new Map<string, Gender>();
    for (const name of data.female) firstNames.set(name, 'female');
    for (const name of data.male) firstNames.set(name, 'male');
    eitherSexNames = new Set(data.both ?? []);
  }
  return firstNames;
}

/**
 * Whether a given name is widely used for both sexes ("Alex", "Sam", "Casey"; data/first-names.json "both"), so
 * a pronoun of either sex may mean its bearer. genderOfFirstName still gives its more usual gender (or unknown).
 */
export function givenNameOfEitherSex(first: string): boolean {
  names();
  return eitherSexNames!.has(first);
}

/** Gender from a given name alone (weak evidence), or unknown. */
export function genderOfFirstName(first: string): Gender {
  const list = names();
  return list.get(first) ?? (hasNonAscii(first) ? list.get(withoutAccents(first)) : undefined) ?? 'unknown';
}

/** /[^\x00-\x7f]/.test(word), by character code: most words asked about are no given name, and all reach this test. */
function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** "Álvaro" → "Alvaro", "Zoë" → "Zoe": the list spells many names one way only, with or without the accent. */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** A token the tagger read as a proper noun that is a known given name: "Dana" in "Dana Lynch". */
export function isGivenNameToken(t: Token): boolean {
  return t.pos === 'PROPN' && genderOfFirstName(t.text) !== 'unknown';
}

/** A word of capitals, digits and the marks that join them ("AT&T", "O’NEIL", "COVID-19"). */
export const ALL_CAPITALS = /^[\p{Lu}\d&'’-]+$/u;

/**
 * Words all in capitals that do not open with a given name: an acronym or a headline ("HPA", "FULL
 * TEXT"), never a person ("ANA RUIZ" may be). Dotted abbreviations ("N.C.") are left out.
 */
export function capitalsWithoutGivenName(words: readonly string[]): boolean {
  if (!words.length || !words.every((w) => ALL_CAPITALS.test(w) && /\p{Lu}.*\p{Lu}/u.test(w))) return false;
  const first = words[0]!;
  return genderOfFirstName(first[0] + first.slice(1).toLowerCase()) === 'unknown';
}

const HONORIFIC_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['congressman', 'male'], ['spokesman', 'male'], ['chairman', 'male'], ['actor', 'unknown'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'], ['dame', 'female'],
  ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['actress', 'female'],
  ['congresswoman', 'female'], ['spokeswoman', 'female'], ['chairwoman', 'female'], ['dr', 'unknown'],
  ['businessman', 'male'], ['businesswoman', 'female'], ['sportsman', 'male'], ['sportswoman', 'female'],
  ['councilman', 'male'], ['councilwoman', 'female'], ['frontman', 'male'], ['frontwoman', 'female'],
  ['duke', 'male'], ['duchess', 'female'], ['countess', 'female'], ['baroness', 'female'],
  ['baron', 'male'], ['madam', 'female'], ['madame', 'female'], ['mme', 'female'], ['monsieur', 'male'],
  ['mademoiselle', 'female'], ['señor', 'male'], ['señora', 'female'], ['herr', 'male'], ['frau', 'female'], ['empress', 'female'], ['emperor', 'male'],
]);

/** The gender a title gives its person: an honorific's or a rank's (above), or a relative's ("widow"; data/relatives.json). */
export function genderOfTitle(title: string): Gender {
  const word = title.toLowerCase();
  return HONORIFIC_GENDER.get(word) ?? genderOfRelative(word) ?? 'unknown';
}

/**
 * Forms of address before a name ("Mr. Okafor", "Dame Mara Okafor", "Herr Brandt"): a courtesy, no role the person
 * holds. With ADDRESS_TITLES, the one list of honorifics that the quote stage, people and characters read.
 */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'madame', 'monsieur', 'mme', 'mademoiselle', 'señor', 'señora', 'herr', 'frau', 'mlle', 'sr', 'sra', 'srta',
  // A conductor's form of address ("Maestro Valcourt"), a courtesy as "Monsieur" is, and no office held.
  'maestro']);

/**
 * Academic and peerage titles used as forms of address ("Dr. Ruiz", "Lord Hale"): they stand before a name as an
 * honorific does, but the quote stage keeps them as roles the person holds, so isHonorific leaves them out.
 */
const ADDRESS_TITLES: ReadonlySet<string> = new Set(['dr', 'prof', 'lord', 'lady']);

/** word (lower case, without its full stop) is an honorific: "mr", "dame". */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word);
}

/** Every honorific (lower case): the quote stage's title words take them in, so "Herr Brandt" speaks as Brandt. */
export function honorifics(): readonly string[] {
  return [...HONORIFICS];
}

/** word (lower case, without its full stop) is an honorific or an academic or peerage title: "mr", "dr", "lord". */
export function isHonorificOrAddressTitle(word: string): boolean {
  return HONORIFICS.has(word) || ADDRESS_TITLES.has(word);
}

/**
 * Royal and noble titles, and a pope's, which go with a given or regnal name alone ("King Ottavio", "Pope Leo XIV"): the title names
 * the person as surely as an honorific does, and the two words together are how the person is known.
 */
const ROYAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'tsar', 'tsarina', 'czar', 'sultan', 'sultana', 'sheikh', 'sheikha', 'emir', 'duke', 'duchess', 'archduke', 'archduchess', 'infanta', 'infante', 'maharaja', 'maharani', 'rajah', 'pharaoh', 'pope']);

/** word (any case, without its full stop) is a royal or noble title: "King", "duchess". */
export function isRoyalTitle(word: string): boolean {
  return ROYAL_TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}

export interface Person {
  /** The fullest form of the name seen so far. */
  name: string;
  tokens: string[];
  gender: Gender;
}

/**
 * The people named in one article: surname and partial mentions join the fullest name
 * ("Stahleski" → "Chad Stahleski"), so a speaker gets its canonical form.
 */
export class PersonRegistry {
  readonly people: Person[] = [];
  /** Lower-cased forms of each person's tokens, by index in `people`: find() compares a mention with each candidate in full. */
  private readonly forms: LoweredName[] = [];
  /** Lower-cased word → indices of the people whose names have held it, ascending (see candidates). */
  private readonly byWord = new Map<string, number[]>();
  /** Lower-cased nickname → the person it stands for ("Dez" for Desmond “Dez” Okafor). */
  private readonly nicknames = new Map<string, Person>();

  /** A nickname written in quotation marks inside a full name: alone later, it names that person. */
  addNickname(nick: string, person: Person): void {
    if (!this.nicknames.has(nick.toLowerCase())) this.nicknames.set(nick.toLowerCase(), person);
  }

  /**
   * The person an alias of several words names ("The Hammer" for one introduced "known as the Hammer"), with or
   * without its opening "the". (One word goes through find, as a nickname inside a full name does.)
   */
  aliasHolder(phrase: string): Person | undefined {
    if (!this.nicknames.size) return undefined;
    const lower = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
    const bare = lower.replace(/^the /, '');
    return this.nicknames.get(lower) ?? this.nicknames.get(bare) ?? this.nicknames.get('the ' + bare);
  }

  /** Register a name mention and return the person it refers to. */
  add(name: string, title?: string | null): Person {
    const tokens = nameTokensOf(name);
    // ("Zhang Wei" … "Zhang": a family name written first is that person's short form, see familyNameHolder.)
    let person = this.find(tokens) ?? (tokens.length === 1 ? this.familyNameHolder(tokens[0]!) : undefined);
    // "Mrs. Marsh" after "Paul Marsh … his wife, Nora Marsh": a title's gender picks among those sharing the surname.
    if (person && title) person = this.sameSurnameOfGender(person, tokens, genderOfTitle(title)) ?? person;
    // "Ms. Marsh, whose husband, Paul Marsh, …": a title and a given name of the other gender are two people
    // sharing a surname; "Ms." never names a man, nor "Mr." a woman.
    if (person && this.otherGender(person, tokens, title)) person = undefined;
    if (!person) {
      person = { name, tokens, gender: 'unknown' };
      this.people.push(person);
    } else if (tokens.length > person.tokens.length && tokens.join(' ').toLowerCase().includes(person.tokens.join(' ').toLowerCase())) {
      person.name = name;
      person.tokens = tokens;
    }
    if (person.gender === 'unknown' && title) person.gender = genderOfTitle(title);
    // (A family name written first tells no gender: "Kim Tae-sung".)
    if (person.gender === 'unknown' && person.tokens.length > 1 && !familyFirstTokens(person.tokens)) person.gender = genderOfFirstName(person.tokens[0]!);
    return person;
  }

  /**
   * The person a surname after an honorific names, given `found`, the one find() gave: "Ms Marsh" after "David
   * Marsh … his daughter, Claire Marsh" is Claire (the first of the title's gender to bear the surname); with no
   * one of that gender, undefined when `found` is of the other ("Ms." never names a man, nor "Mr." a woman).
   */
  holderForTitle(found: Person, tokens: string[], title: string): Person | undefined {
    return this.sameSurnameOfGender(found, tokens, genderOfTitle(title)) ?? (this.otherGender(found, tokens, title) ? undefined : found);
  }

  /** The mention's own gender (a title's, else its given name's) is known and not that of `found`, also known. */
  private otherGender(found: Person, tokens: string[], title?: string | null): boolean {
    if (found.gender === 'unknown') return false;
    const own = title ? genderOfTitle(title) : tokens.length > 1 && !familyFirstTokens(tokens) ? genderOfFirstName(tokens[0]!) : 'unknown';
    return own !== 'unknown' && own !== found.gender;
  }

  /**
   * For a surname alone that find() gave to `found`, whose gender is known and not `gender`: the first
   * person of `gender` whose full name ends with that surname, if any.
   */
  private sameSurnameOfGender(found: Person, tokens: string[], gender: Gender): Person | undefined {
    if (tokens.length !== 1 || gender === 'unknown' || found.gender === 'unknown' || found.gender === gender) return undefined;
    const surname = tokens[0]!.toLowerCase();
    return this.people.find((p) => p.gender === gender && p.tokens.length > 1 && p.tokens[p.tokens.length - 1]!.toLowerCase() === surname);
  }

  /**
   * Family name first ("Li Wei" … "Li said"): the one person named in two words opening with this word (or in
   * three, when the word is a listed family name: "Tan Wei Ming" … "Tan said"), when
   * the word is no given name we know and ends no one's name (then it is a surname: "Tom Baker" … "Baker").
   * Two such people ("Li Wei", "Li Na") leave a lone "Li" to no one.
   */
  familyNameHolder(word: string): Person | undefined {
    if (genderOfFirstName(word) !== 'unknown') return undefined;
    const holders = this.people.filter((p) => (p.tokens.length === 2 || (p.tokens.length === 3 && isFamilyFirstName(word))) && p.tokens[0] === word);
    if (holders.length !== 1 || this.people.some((p) => p.tokens.length > 1 && p.tokens[p.tokens.length - 1] === word)) return undefined;
    return holders[0];
  }

  /** The people named in full (two words or more) whose name ends with `word`, in the order first named. */
  surnameHolders(word: string): Person[] {
    const lower = word.toLowerCase();
    return this.people.filter((p) => p.tokens.length > 1 && p.tokens[p.tokens.length - 1]!.toLowerCase() === lower);
  }

  /** The person a (possibly partial) name refers to, if already known. */
  find(tokens: string[], surnameOnly = false): Person | undefined {
    if (!tokens.length) return undefined;
    const lower = tokens.map((t) => t.toLowerCase());
    if (lower.length === 1 && this.nicknames.size) {
      const nick = this.nicknames.get(lower[0]!);
      if (nick) return nick;
    }
    const joined = lower.join(' ');
    const spaceJoined = ' ' + joined;
    // The loops below read this.forms directly: one pass makes them current, rather than a call per person per loop.
    const forms = this.currentForms();
    // Indices of the people who may match, ascending: every test below needs the mention's last word among theirs.
    const order = this.candidates(lower);
    // A surname alone is the first person named with it in the article (names are registered in text
    // order before any quote is attributed): news names a relative sharing it in full ("Dana Cole … her
    // husband, Frank Cole … Cole said" is Dana).
    if (lower.length === 1 && !hasJoined(forms, order, joined)) {
      for (const i of order) {
        const { words: pl, joined: pj } = forms[i]!;
        if (pl.length > 1 && pj.endsWith(spaceJoined)) return this.people[i];
      }
    }
    // A full match or a contained name of several words ("de Armas" in "Ana de Armas"), most recent first.
    for (let k = order.length - 1; k >= 0; k--) {
      const i = order[k]!;
      const p = this.people[i]!;
      const { words: pl, joined: pj, spaceJoined: spj } = forms[i]!;
      if (pj === joined) return p;
      if (lower.length < pl.length && pj.endsWith(spaceJoined)) return p; // surname
      // … also before a generational suffix: "dela Rosa" for "Tomas dela Rosa Jr.".
      if (lower.length < pl.length - 1 && GENERATION_SUFFIX.test(pj) && pj.replace(GENERATION_SUFFIX, '').endsWith(spaceJoined)) return p;
      // A double surname used alone ("Kardashian" for "Kim Kardashian West"); not the first name.
      if (lower.length === 1 && pl.length > 2 && pl.indexOf(lower[0]!, 1) >= 0) return p;
      if (lower.length > pl.length && joined.endsWith(spj) && pl.length >= 1) return p; // earlier surname-only mention
      if (!surnameOnly && lower.length === 1 && pl.length > 1 && pl[0] === lower[0] && genderOfFirstName(p.tokens[0]!) !== 'unknown') return p; // first name alone
      if (lower.length === 1 && pl[0] === lower[0] && familyFirstTokens(p.tokens)) return p; // family name alone: "Park" for "Park Dong-hyun"
      // Two given names alone for a name that opens with them ("Ana Lucía" for "Ana Lucía Gómez Ortega").
      if (!surnameOnly && lower.length > 1 && lower.length < pl.length && lower.every((w, n) => pl[n] === w) && tokens.every((t) => genderOfFirstName(t) !== 'unknown')) return p;
    }
    // "Tom Kessler" after "Thomas Kessler": the same name with a short form of its given name is that person, when
    // only one person named so fits (data/given-name-short-forms.json).
    if (!surnameOnly && lower.length > 1) {
      const fits = order.filter((i) => {
        const pl = forms[i]!.words;
        return pl.length === lower.length && areGivenNameForms(pl[0]!, lower[0]!) && lower.every((w, n) => n === 0 || pl[n] === w);
      });
      if (fits.length === 1) return this.people[fits[0]!];
    }
    return undefined;
  }

  /**
   * The people find() must test for a mention, ascending. Each of its tests matches whole words (a
   * person's words hold no space and none is empty): an equal name, a name ending with the mention or
   * the mention ending with the name, a mention of one word among the name's words. So the person holds
   * the mention's last word. A mention with an empty word or a space inside one is tested against everyone.
   */
  private candidates(lower: string[]): readonly number[] {
    if (lower.some((w) => w === '' || w.includes(' '))) return this.people.map((_, i) => i);
    return this.byWord.get(lower[lower.length - 1]!) ?? NO_ONE;
  }

  /** Files person i under each of its lower-cased words, keeping each list ascending. */
  private index(i: number, words: readonly string[]): void {
    for (const w of words) {
      const list = this.byWord.get(w);
      if (!list) this.byWord.set(w, [i]);
      else if (!list.includes(i)) {
        list.push(i);
        list.sort((a, b) => a - b);
      }
    }
  }

  /** The lower-cased forms of every person's tokens, made again for a person add() gave fuller tokens. */
  private currentForms(): LoweredName[] {
    const forms = this.forms;
    for (let i = 0; i < this.people.length; i++) {
      const tokens = this.people[i]!.tokens;
      if (forms[i]?.tokens === tokens) continue;
      forms[i] = lowerForms(tokens);
      // (A person's older words stay filed: find() tests every candidate in full.)
      this.index(i, forms[i]!.words);
    }
    return forms;
  }
}

/** Whether the lower-cased name of some person of `order` is `joined`. */
function hasJoined(forms: LoweredName[], order: readonly number[], joined: string): boolean {
  for (const i of order) if (forms[i]!.joined === joined) return true;
  return false;
}

const NO_ONE: readonly number[] = [];

interface LoweredName {
  /** The tokens these forms were made from. */
  tokens: readonly string[];
  words: string[];
  joined: string;
  /** joined after a space, to test for a name's end. */
  spaceJoined: string;
}

function lowerForms(tokens: readonly string[]): LoweredName {
  const words = tokens.map((t) => t.toLowerCase());
  const joined = words.join(' ');
  return { tokens, words, joined, spaceJoined: ' ' + joined };
}

// A generational suffix ending a full name (lower case).
const GENERATION_SUFFIX = / (?:jr\.?|sr\.?|ii|iii|iv)$/;

const PARTICLES = new Set(['de', 'dela', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'bin', 'bint', 'al', 'el', 'ibn', 'ter', 'ten', 'zu', 'st.']);

/**
 * Every spelling of each particle in capitals and small letters ("de", "De", "DE", "dE"), so isParticle
 * asks one Set without lower-casing the word (it runs for most tokens of every name run). The same
 * answer as PARTICLES.has(word.toLowerCase()): the only other character that lower-cases to ASCII is
 * the Kelvin sign ("k"), which no particle holds.
 */
const PARTICLE_SPELLINGS = new Set([...PARTICLES].flatMap(caseSpellings));

function caseSpellings(word: string): string[] {
  let out = [''];
  for (const ch of word) {
    const upper = ch.toUpperCase();
    out = out.flatMap((w) => (upper === ch ? [w + ch] : [w + ch, w + upper]));
  }
  return out;
}

export function isParticle(word: string): boolean {
  return PARTICLE_SPELLINGS.has(word);
}

function nameTokensOf(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** Words that open a place's name: "South Carolina", "New Hampshire", "West Virginia". */
const PLACE_OPENERS = new Set(['North', 'South', 'East', 'West', 'New', 'Northern', 'Southern', 'Eastern', 'Western']);

/**
 * Where a place starts inside a run of capitalised words that opens with a full name: "Ted Marsh South
 * Dakota field office" → 2, so the name is "Ted Marsh". -1 when none does; a final word is a surname
 * ("Kanye West").
 */
export function placeAfterName(words: readonly string[]): number {
  for (let k = 2; k < words.length - 1; k++) if (PLACE_OPENERS.has(words[k]!) && /^\p{Lu}/u.test(words[k + 1]!)) return k;
  return -1;
}

let familyFirstNames: ReadonlySet<string> | undefined;
let pastTensesNotGiven: ReadonlySet<string> | undefined;
let shortWordsNotGiven: ReadonlySet<string> | undefined;

/** A common Korean or Chinese family name (data/family-names.json), written before the given name: "Kim", "Zhang". */
export function isFamilyFirstName(word: string): boolean {
  familyFirstNames ??= new Set(familyNameLists().family_first);
  return familyFirstNames.has(word);
}

/** A short past-tense verb a headline capitalises after a family name ("Tan Said"), never a given name (data/family-names.json). Lower case. */
export function isPastTenseNotGiven(word: string): boolean {
  pastTensesNotGiven ??= new Set(familyNameLists().past_tense_not_given);
  return pastTensesNotGiven.has(word);
}

/**
 * tokens[i] is a short given name of two or three letters right after a listed family name ("Li Na", "Wu Ye",
 * "Yu Na"), which the tagger reads as a particle, interjection or pronoun. An English function word a capital
 * opens ("So", "No", "As", "It": data/family-names.json) never is one.
 */
export function shortGivenNameAfterFamilyName(tokens: readonly Token[], i: number): boolean {
  const family = tokens[i - 1], given = tokens[i];
  if (!family || !given || given.start !== family.end + 1 || !/^\p{Lu}\p{Ll}{1,2}$/u.test(given.text)) return false;
  if (!isFamilyFirstName(family.text)) return false;
  shortWordsNotGiven ??= new Set(familyNameLists().short_words_not_given);
  return !shortWordsNotGiven.has(given.normal);
}

/**
 * The token after a family-name-first name that starts at tokens[k]: a listed family name, then a given name
 * of a capitalised syllable, a hyphen and a small-letter syllable, all touching ("Park Dong-hyun", "Han Ji-woo");
 * -1 otherwise. The tagger reads the family name and the small-letter syllable as nouns, so the tags are ignored.
 * ("Kim Jones" has no hyphen; "a Park Avenue flat" no small-letter syllable.)
 */
export function familyFirstNameEnd(tokens: readonly Token[], k: number): number {
  const family = tokens[k], syllable = tokens[k + 1], hyphen = tokens[k + 2], tail = tokens[k + 3];
  if (!family || !syllable || !hyphen || !tail || hyphen.text !== '-') return -1;
  if (syllable.start !== family.end + 1 || hyphen.start !== syllable.end || tail.start !== hyphen.end) return -1;
  if (!/^\p{Lu}\p{Ll}{0,4}$/u.test(syllable.text) || !/^\p{Ll}{1,5}$/u.test(tail.text)) return -1;
  return isFamilyFirstName(family.text) ? k + 4 : -1;
}

/**
 * tokens[k] is a listed family name alone that an earlier family-name-first name of the article opened
 * ("Park said" after "Park Dong-hyun"): the short form of that name, though the tagger reads it as a noun.
 */
export function familyNameOfEarlierName(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text;
  if (!word || !isFamilyFirstName(word)) return false;
  const written = familyFirstNamesAt(tokens).get(word)!;
  if (written.joined < k) return true;
  for (let n = written.givenAfter.length - 1; n >= 0; n--) {
    const i = written.givenAfter[n]!;
    if (i < k && tokens[i + 1]!.pos === 'PROPN') return true;
  }
  return false;
}

/**
 * Where a listed family name written first is followed by what is written as a given name without a hyphen (its tag,
 * which can change, read at each ask), and the first place a hyphenated given name follows it (Infinity if none).
 */
interface FamilyFirstWritten {
  givenAfter: number[];
  joined: number;
}

// Per token array, where each listed family name written first is: read once per article, not once back to its start
// for each such name (an article saying "Mr. Lee told reporters" a thousand times). Both depend on the tokens' text,
// folded form and offsets alone, which retagging keeps.
const FAMILY_FIRST_AT = new WeakMap<readonly Token[], { length: number; at: Map<string, FamilyFirstWritten> }>();
function familyFirstNamesAt(tokens: readonly Token[]): Map<string, FamilyFirstWritten> {
  let memo = FAMILY_FIRST_AT.get(tokens);
  if (!memo || memo.length !== tokens.length) {
    const at = new Map<string, FamilyFirstWritten>();
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i]!.text;
      if (!isFamilyFirstName(text)) continue;
      let written = at.get(text);
      if (!written) at.set(text, (written = { givenAfter: [], joined: Infinity }));
      if (unhyphenatedGivenNameAfter(tokens, i)) written.givenAfter.push(i);
      if (written.joined === Infinity && familyFirstNameEnd(tokens, i) > 0) written.joined = i;
    }
    memo = { length: tokens.length, at };
    FAMILY_FIRST_AT.set(tokens, memo);
  }
  return memo.at;
}

/**
 * "Park noted that …": a family name that is also a common word (data/family-names.json), alone as the subject
 * right before its verb, with no article or preposition before it ("the park", "in Park"): the person so named,
 * though the tagger reads a noun. (A bare singular noun is no subject of its own: "Park noted" names someone.)
 */
export function familyNameBeforeVerb(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || !isFamilyFirstName(word.text) || tokens[k + 1]?.pos !== 'VERB') return false;
  if (/^(DET|ADJ|ADP|NUM|PRON|PROPN|NOUN)$/.test(tokens[k - 1]?.pos ?? '')) return false;
  // Not when the article uses the word to open another name ("the tenants of Park Avenue … Park said"): the word is ambiguous there.
  return !(nameOpeners(tokens).get(word.text) ?? []).some((i) => i !== k);
}

// Per token array, where each word opens a capitalised word right after it ("Park" of "Park Avenue"): read once
// per article, not once per family name before a verb (an article saying "Lee said" a thousand times).
const NAME_OPENERS = new WeakMap<readonly Token[], Map<string, number[]>>();
function nameOpeners(tokens: readonly Token[]): Map<string, number[]> {
  let openers = NAME_OPENERS.get(tokens);
  if (!openers) {
    openers = new Map();
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i + 1]!.text) || tokens[i + 1]!.start !== tokens[i]!.end + 1) continue;
      const at = openers.get(tokens[i]!.text);
      if (!at) openers.set(tokens[i]!.text, [i]);
      else if (at.length < 2) at.push(i);
    }
    NAME_OPENERS.set(tokens, openers);
  }
  return openers;
}

/**
 * A family name at tokens[i] followed by a one-word given name written without a hyphen: "Park Jihoon", "Li Wei".
 * The given name is a capitalised word that ends the name: no third capitalised word follows it ("Park Avenue
 * South"), and it is no word that makes place or organisation names ("Park Avenue", "Park Hotel", "Song Festival").
 * (That the tagger reads it as a name too is checked by the caller, familyNameOfEarlierName, since the tag can
 * change after this is remembered.)
 */
function unhyphenatedGivenNameAfter(tokens: readonly Token[], i: number): boolean {
  const family = tokens[i]!, given = tokens[i + 1], after = tokens[i + 2];
  if (!given || given.start !== family.end + 1 || !/^\p{Lu}\p{Ll}{1,7}$/u.test(given.text)) return false;
  const lower = given.normal;
  const { placeNameWords, officeNameWords } = cueLexicon();
  if (placeNameWords.has(lower) || officeNameWords.has(lower)) return false;
  return !(after && after.start === given.end + 1 && /^\p{Lu}/u.test(after.text));
}

/** A person's name tokens are a family name first and a hyphenated given name: ["Park", "Dong-hyun"]. */
export function familyFirstTokens(tokens: readonly string[]): boolean {
  return tokens.length === 2 && isFamilyFirstName(tokens[0]!) && /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u.test(tokens[1]!);
}
