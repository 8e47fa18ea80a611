// What the people stage reads once per article before judging its capitalised runs (speakers, surnames used
// alone, organisation heads, works, places, headline lines), and the shapes the stages hand each other.
import type { AnalyzedArticle, Mention, Quote } from '../types.js';
import { capitalisedRuns, type Run } from '../nlp/runs.js';
import { genderOfFirstName, type Person } from '../nlp/names.js';
import { INSTITUTION_WORDS, ORGANIZATION_TAILS, alternatives } from '../nlp/words.js';
import { clubNameWord } from './named-things.js';
import { thingNamesIn } from './thing-names.js';
import { matchAllByLine } from '../text/lines.js';
import { lastWord } from '../text/boundaries.js';
import { placeWords } from '../lexicon/place-words.js';
import { isCityNotGivenName } from '../lexicon/place-names.js';
import { cueLexicon } from '../lexicon/cues.js';
import { workBefore } from './work-titles-before.js';
import { surnameAfterWorkComma } from './surname-after-work-comma.js';
import { splitAfterConstituency, splitAfterInitial, splitAtHyphen, splitAtPlace, withFamilyNameBefore, withMonthGivenName, withParticlesBefore } from './name-runs.js';
import { BUSINESS_TAILS, ORG_WORD_AFTER, PROGRAMME_STAFF_AFTER, PROGRAMME_STAFF, ORG_WORD } from './organisation-name-patterns.js';
import { firstWordText, wordsOf } from './written-words.js';
import { namesSpeakingAsIt } from './statement-it-names.js';
import { namesDescribedAsBodies } from './body-described-names.js';
import { namesShownAsCompanies } from './company-evidence-names.js';

export interface PeopleContext {
  /** Spans already taken by films, outlets and characters. */
  claimed: (start: number, end: number) => boolean;
  /** Names that are not people here (characters, film titles). */
  excluded: (name: string) => boolean;
  quotes: Quote[];
  /** Spans of film and show titles, which may open with a host's name ("Megyn Kelly Today"). */
  titles?: Mention[];
  /** Spans of outlets, talk programmes among them, which may name a host ("Later with Ana Ruiz"). */
  programmes?: Mention[];
}

// "Da Nang is a city", "Kell was a small fishing port in the north": a name said to be a kind of place is a place's
// (data/place-words.json place_kinds). The kind must end the phrase: "is a city councillor" describes a person.
const PLACE_KIND_AFTER = new RegExp(String.raw`^\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${alternatives(placeWords().place_kinds)})(?=\s*[.,;:!?]|\s+(?:in|on|of|near|at|by|with|that|where|which|and|north|south|east|west|known|famous|home)\b)`, 'u');
// ", a fisherman in Da Nang,": a place preposition inside a person's description (an apposition after a comma).
const DESCRIPTION_PLACE_BEFORE = /,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,5}(?:in|at|from|near)\s+$/u;
/** What the article says around its capitalised runs, read once for all of them. */
export interface NameClues {
  runs: Run[];
  /** Names that speak in the article's quotes. */
  speakers: Set<string>;
  /** Names that speak a direct quote in no firm's "we" voice: a listed firm's name so quoted is a person's. */
  singleVoices: Set<string>;
  /** One-word proper-noun runs: surnames used alone. */
  surnameAlone: Set<string>;
  /** Head words of organisations written with their business word ("Norvik" of "Norvik Semiconductors"). */
  orgHeads: Set<string>;
  /** Whether a word after the name makes it an organisation's ("Orbis product chief"). */
  orgContext: (name: string) => boolean;
  /** Names right after a kind of work or group ("his cartoon book Glimmers"). */
  works: Set<string>;
  /** The first written word from token k ("Łukasz" even where the tagger splits it). */
  firstWord: (k: number) => string;
  /** Whether token k is in a title-case line (a headline). */
  headline: (k: number) => boolean;
  /** Single words the article shows to be a thing's name: an illness's eponym, a brand, a business after its kind. */
  thingNames: Set<string>;
  /** Names introduced by a kind of body ("the start-up Vocalis", "Vocalis, a music start-up,"): the body's at every mention. */
  describedBodies: Set<string>;
  /** Names the article shows to be places: "a fisherman in Da Nang", "Da Nang is a city". */
  places: Set<string>;
}

export type RecordMention = (person: Person, s: number, e: number, title: string | null, role: string | null) => void;

export interface NameSpan {
  s: number;
  e: number;
  title: string | null;
  role: string | null;
}
export function nameClues(doc: AnalyzedArticle, context: PeopleContext): NameClues {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const speakers = new Set(context.quotes.filter((q) => q.speaker_kind === 'person' && q.speaker).map((q) => q.speaker!));
  // "“…,” Marlowe stated" resolved to Paul “Pip” Marlowe: the surname the quote names its speaker by is a speaker's name too.
  for (const q of context.quotes) if (q.speaker_kind === 'person' && q.speaker && q.speaker_mention && partOfName(q.speaker_mention, q.speaker)) speakers.add(q.speaker_mention);
  // ("“It was easy,” Arthur Andersen said": a speaker's own words, no statement of a firm's "we".)
  const singleVoices = new Set(context.quotes.filter((q) => q.type === 'direct' && q.speaker && !FIRM_VOICE.test(q.text)).map((q) => q.speaker!));
  // (The splitters give back a run they leave whole as itself, which flatMap keeps as one item: no
  // one-item array per run.)
  const runs = capitalisedRuns(doc).flatMap(splitAtPlace(doc)).flatMap(splitAfterConstituency(doc)).flatMap(splitAtHyphen(doc)).flatMap(splitAfterInitial(doc)).map(withMonthGivenName(doc)).map(withFamilyNameBefore(doc));
  // News names a person in full once, then by surname: a surname used alone is evidence for the full name.
  // (A hyphenated surname is one written word of three tokens: "Haddad-Moreau".)
  const surnameAlone = new Set(runs.filter((r) => tokens[r.first]!.pos === 'PROPN' && (r.first === r.last || wordsOf(tokens, r.first, r.last).length === 1)).map((r) => r.text));
  // Names of organisations written with their business word ("Norvik Semiconductors"): their head word used
  // alone ("Norvik", "Chipmaker Norvik") is the organisation, not a person's surname.
  const orgHeads = new Set(runs.filter((r) => r.last > r.first && (ORGANIZATION_TAILS.has(tokens[r.last]!.normal) || BUSINESS_TAILS.has(tokens[r.last]!.normal))).map((r) => tokens[r.last - 1]!.text));
  // (… also when the tagger reads the business word as a verb and leaves it out of the run: "Northlight Touring".)
  for (const r of runs) {
    const next = tokens[r.last + 1];
    if (next && next.pos !== 'PROPN' && /^\p{Lu}\p{Ll}/u.test(next.text) && ORGANIZATION_TAILS.has(next.normal) && genderOfFirstName(tokens[r.last]!.text) === 'unknown') orgHeads.add(tokens[r.last]!.text);
  }
  // … and so is the first word of such a name of three words or more, no given name ("Meridian" of "Meridian
  // Broadcasting Network": "Meridian said" is the network). Not a word the article writes after another name
  // word, as a surname: "Farhad Khan's Khan Brothers Pictures … Khan said" is the producer.
  const givenSurnames = new Set<string>();
  for (const r of runs) for (let k = r.first + 1; k <= r.last; k++) if (/^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1]!.text) && tokens[k - 1]!.text !== 'The') givenSurnames.add(tokens[k]!.text);
  for (const r of runs) if (r.last - r.first >= 2 && (ORGANIZATION_TAILS.has(tokens[r.last]!.normal) || BUSINESS_TAILS.has(tokens[r.last]!.normal)) && /^\p{Lu}\p{Ll}+$/u.test(tokens[r.first]!.text) && genderOfFirstName(tokens[r.first]!.text) === 'unknown' && !givenSurnames.has(tokens[r.first]!.text)) orgHeads.add(tokens[r.first]!.text);
  // … and so is the word before an institution's word inside a longer name: "Creighton" of "Creighton University
  // Medical Center" ("Creighton said" is the university).
  for (const r of runs) for (let k = r.first + 1; k < r.last; k++) if (INSTITUTION_WORDS.has(tokens[k]!.normal)) orgHeads.add(tokens[k - 1]!.text);
  // A club's name after its head word ("Almenara" of "Deportivo Almenara") is the club when used alone.
  for (const r of runs) {
    const clubWord = r.last > r.first ? clubNameWord(r.text.split(/\s+/)) : null;
    if (clubWord) orgHeads.add(clubWord);
  }
  // Words that follow an organisation's name, never a person's: "Orbis product chief Sandra Olsen",
  // "Lumina's head of mobile", "Rovers boss", "Norvik shares".
  const orgWords = new Set<string>();
  for (const m of matchAllByLine(text, ORG_WORD_AFTER, (line) => ORG_WORD.test(line))) orgWords.add(m[1]!);
  // "Morning Tide presenters Ana Ruiz and …": a name right before "presenters" is a programme's or broadcaster's.
  for (const m of matchAllByLine(text, PROGRAMME_STAFF_AFTER, (line) => PROGRAMME_STAFF.test(line))) orgWords.add(m[1]!);
  const firstWord = (k: number) => firstWordText(tokens, k, Math.min(k + 4, tokens.length - 1)).replace(/-.*$/, '');
  // A name right after a kind of work or group is that work's title. The kind of work is tested first: it is rarely there.
  // ("Asked about the series, Kessler was coy" after "Nadia Kessler": a person's surname after the comma is no title.)
  const works = new Set(runs.filter((r) => workBefore(text.slice(Math.max(0, r.start - 30), r.start)) && genderOfFirstName(firstWord(r.first)) === 'unknown' && !surnameAfterWorkComma(text, text.slice(Math.max(0, r.start - 30), r.start), r.text)).map((r) => r.text.replace(/[’']s$/, '')));
  // A name placing a person's description (", a fisherman in Da Nang,") or said to be a kind of place ("Da Nang is a
  // city") is a place wherever it stands, unless it opens with a given name we know.
  // (The runs split off a particle, "Le" | "Mans": the place's name and the words before it are read from the particles on.)
  const places = new Set(runs.map(withParticlesBefore(doc)).filter((r) => (DESCRIPTION_PLACE_BEFORE.test(text.slice(Math.max(0, r.start - 80), r.start)) || PLACE_KIND_AFTER.test(text.slice(r.end, r.end + 80))) && genderOfFirstName(firstWord(r.first)) === 'unknown').map((r) => r.text));
  return { runs, speakers, singleVoices, surnameAlone, orgHeads, orgContext: (name) => orgWords.has(lastWord(name)), works, firstWord, headline: headlineTest(doc), thingNames: thingNamesIn(text), places, describedBodies: new Set([...namesDescribedAsBodies(tokens, text), ...namesSpeakingAsIt(text), ...namesShownAsCompanies(tokens), ...lonelyBodySpeakers(context.quotes)]) };
}

const POSSESSIVE_END = /['’]s$/;

/**
 * One-word names the quote stage found to speak as a body, by their own name ("Kidsview said in a statement",
 * "GrainHub said"): the body's at every mention. No given name we know: a person's given name is never a body's here.
 */
function lonelyBodySpeakers(quotes: readonly Quote[]): string[] {
  // (Not a place's name, which speaks as its government but is also a surname, "said Boston, 34,"; nor one
  // given a person's role, "Wellington, the team's new striker": the people list judges those itself.)
  // (A shop named with a possessive, "Hartwell's said", is the body's under its bare word too: the people stage
  // reads "Hartwell" there.)
  return quotes.filter((q) => q.speaker_kind === 'organization' && q.speaker && !q.speaker_role && q.speaker === q.speaker_mention && /^\p{Lu}[\p{L}'’-]*$/u.test(q.speaker) && genderOfFirstName(q.speaker) === 'unknown' && !isCityNotGivenName(q.speaker) && !cueLexicon().placeNames.has(q.speaker)).flatMap((q) => POSSESSIVE_END.test(q.speaker!) ? [q.speaker!, q.speaker!.replace(POSSESSIVE_END, '')] : [q.speaker!]);
}

/** "Marlowe" of "Paul Marlowe": a mention that is a capitalised word (or words) of the full name, not the name itself. */
function partOfName(mention: string, name: string): boolean {
  const words = name.split(/\s+/);
  return mention !== name && mention.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && words.includes(w));
}

/** Whether token k is in a title-case line, decided once per sentence: many runs share one. */
function headlineTest(doc: AnalyzedArticle): (k: number) => boolean {
  const sentenceOfToken = new Int32Array(doc.tokens.length).fill(-1);
  doc.sentences.forEach((x, i) => sentenceOfToken.fill(i, x.tokenStart, x.tokenEnd));
  const headlineSentences = new Map<number, boolean>();
  return (k) => {
    const i = sentenceOfToken[k] ?? -1;
    let isHeadline = headlineSentences.get(i);
    if (isHeadline === undefined) {
      isHeadline = isTitleCase(doc, i);
      headlineSentences.set(i, isHeadline);
    }
    return isHeadline;
  };
}
/** Whether sentence i is a title-case line: at least 60% of its words capitalised. */
/**
 * Whether a sentence's text goes on in small letters on the same line: "Sen. Ana Ruiz (D-Mo.) said …" cut after
 * the state's stop is running text split early, however many capitals it holds (a headline stands on its own line).
 */
function continuedOnItsLine(doc: AnalyzedArticle, next: number): boolean {
  const token = doc.tokens[next];
  if (!token || !/^\p{Ll}/u.test(token.text)) return false;
  return !doc.article.text.slice(doc.tokens[next - 1]!.end, token.start).includes('\n');
}

export function isTitleCase(doc: AnalyzedArticle, i: number): boolean {
  const sn = doc.sentences[i];
  if (!sn) return false;
  let words = 0;
  let capitalised = 0;
  for (let k = sn.tokenStart; k < sn.tokenEnd; k++) {
    const t = doc.tokens[k]!.text;
    const c = t.charCodeAt(0);
    // ASCII decided without the regexes.
    const letter = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^\p{L}/u.test(t);
    if (!letter) continue;
    words++;
    if (c < 128 ? c <= 90 : /^\p{Lu}/u.test(t)) capitalised++;
  }
  return words > 0 && capitalised / words >= 0.6 && !continuedOnItsLine(doc, sn.tokenEnd);
}
// A firm's voice in a quote: "we", "our", "us".
const FIRM_VOICE = /\b(?:[Ww]e|[Oo]ur|[Uu]s|[Ww]e['’](?:re|ve|ll))\b/u;
