/**
 * Names the article introduces as a body by a noun for a kind of company or group (data/organisations.json
 * kind_nouns): "the start-up Vocalis said", "Vocalis, an AI music start-up, said". Once so introduced, the name is
 * the body's wherever the article uses it ("Later, Vocalis said …"), not a person's surname. Read once per article
 * by the quote and people stages. A person's description ("the actor Vocalis") names no kind of body; a name
 * opening with a given name stays a person's.
 */
import type { Token } from '../types.js';
import { isBodyDescriptionHead, isHouseKind, isPersonDescriptionHead, organisationData } from '../lexicon/organisations.js';
import { readsAsPersonsName } from '../quotes/described-body-names.js';
import { pluralApostrophe } from '../quotes/body-name-possessives.js';
import { cueLexicon } from '../lexicon/cues.js';
import { genderOfFirstName, isHonorific } from '../nlp/names.js';
import { hyphenInWord } from '../nlp/name-shapes.js';
import { workWords } from '../lexicon/work-words.js';
import { bodyNameAfterJobKind } from './job-kind-bodies.js';
import { isCommonPlural } from '../nlp/common-plurals.js';
import { isCapitalisedWord } from './venue-names.js';

// (Not a group counted by its players, "the relay quartet Siosaia Tupou, …": often its members are named; a band so
// described is told by its music word, src/entities/work-titles-before.ts.)
let kindNouns: Set<string> | undefined;

/**
 * The index where a kind noun ending at tokens[k] starts, or -1. The tokenizer splits a hyphenated noun
 * ("start-up" is "start", "-", "up"), so its parts are joined back when the hyphen has no space around it.
 */
function kindNounStart(tokens: readonly Token[], k: number): number {
  kindNouns ??= new Set(organisationData().kind_nouns.filter((w) => !workWords('small_ensemble').includes(w)));
  const t = tokens[k];
  if (!t || !startsLowerCase(t.text)) return -1;
  if (k >= 2 && hyphenInWord(tokens as Token[], k - 1) && kindNouns.has(`${tokens[k - 2]!.normal}-${t.normal}`)) return k - 2;
  if (firmHouse(tokens, k)) return k - 1;
  return kindNouns.has(t.normal) ? k : -1;
}

/** "the auction house", "a fashion house": tokens[k] is "house" after a word that makes it a firm (data/organisations.json house_kinds). */
function firmHouse(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]!.normal === 'house' && !!before && startsLowerCase(before.text) && isHouseKind(before.normal);
}

/** /^\p{Ll}/u, with ASCII decided by character code: this runs for every token of the article. */
function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(word);
}

const isNameWord = (t: Token | undefined): boolean => !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
// (Inside a name mid-sentence the tagger may read a capitalised word as a verb or noun: "Crestfall Live".)
/**
 * What may follow "the start-up Vocalis" for the name to be the body's: a stop, a preposition, an auxiliary or a
 * verb of speech. Another verb makes the name a relative clause's subject ("the company Musk founded"), a person.
 */
function bodyGoesOn(t: Token | undefined): boolean {
  return !t || /^(PUNCT|ADP|AUX)$/.test(t.pos) || cueLexicon().speech.has(t.lemma);
}

/** A verb that reports what someone found or thinks ("found", "warned", "estimates"): data/cues.json report. */
function reportVerb(t: Token | undefined): boolean {
  return !!t && t.pos === 'VERB' && cueLexicon().report.has(t.lemma);
}

/**
 * "The streaming service Streamwave raised its prices.": opening the sentence, the description and its name are the
 * subject of the one verb after them. With another verb later the first is a relative clause's ("The company
 * Okonkwo founded in 1998 grew fast": a person).
 */
function ownVerbAfter(tokens: readonly Token[], the: number, verb: number): boolean {
  if (tokens[the]!.text !== 'The' || tokens[verb]?.pos !== 'VERB') return false;
  for (let k = verb + 1; k < tokens.length && !/^[.!?;]$/.test(tokens[k]!.text); k++) if (/^(VERB|AUX)$/.test(tokens[k]!.pos)) return false;
  return true;
}

/**
 * Whether the kind noun opening at tokens[start] heads its clause with no article: at most three describing words
 * before it ("Rival carrier", "Budget airline", "Norway's biggest utility" is not: a possessive is a determiner)
 * and a sentence's start or a comma before them. ("said rival carrier Skyhop" has a verb before: not matched.)
 */
function opensClauseWithoutArticle(tokens: readonly Token[], start: number, text: string | undefined): boolean {
  let k = start - 1;
  // (A line break opens a clause too: a headline with no stop ends on the line before, "… Record Weekend ¶ Cinema chain Vantor said".)
  const lineBreakAfter = (j: number) => !!text && text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes('\n');
  while (k >= 0 && k >= start - 3 && !lineBreakAfter(k) && tokens[k]!.type === 'word' && /^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos) && !/^(?:the|a|an)$/.test(tokens[k]!.normal)) k--;
  if (k < 0 || lineBreakAfter(k) || /^[.!?;:]$/.test(tokens[k]!.text)) return true;
  // (After a comma the words are in small letters: "On Monday, rival carrier Skyhop said".)
  return tokens[k]!.text === ',' && (k + 1 === start || /^\p{Ll}/u.test(tokens[k + 1]!.text));
}

// Words inside a set-off description that make its last noun another thing's: "a member of the band", "who runs a firm".
const NOT_HEAD_BEFORE = /^(of|for|at|in|on|with|who|which|that|and|to|from|by)$/;

// The quote and people stages both ask for an article's described bodies: read once per article. Keyed by the
// article's own token array (which no stage changes after analysis), so no answer reaches another article.
const describedBodiesOfArticle = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The names (as written, words joined by one space) that a kind noun introduces as a body's. */
export function namesDescribedAsBodies(tokens: readonly Token[], text?: string): ReadonlySet<string> {
  let names = describedBodiesOfArticle.get(tokens);
  if (!names) describedBodiesOfArticle.set(tokens, (names = readNamesDescribedAsBodies(tokens, text)));
  return names;
}

function readNamesDescribedAsBodies(tokens: readonly Token[], text: string | undefined): Set<string> {
  const names = new Set<string>();
  const add = (first: number, last: number) => {
    if (genderOfFirstName(tokens[first]!.text) !== 'unknown') return;
    // (Words joined with no space stay joined: "Maison Dorval-Ricard", not "Dorval - Ricard".)
    names.add(tokens.slice(first, last + 1).map((t, i) => (i > 0 && tokens[first + i - 1]!.end === t.start ? t.text : ` ${t.text}`)).join('').slice(1));
  };
  for (let k = 0; k < tokens.length; k++) {
    const owned = nameAfterOwnedBody(tokens, k);
    if (owned) add(owned[0], owned[1]);
    const setOff = nameSetOffAfterDescription(tokens, k);
    if (setOff) add(setOff[0], setOff[1]);
    // "the pollster Deltapoll": a job that is also a kind of body names a body by one body-shaped word after "the".
    // (A report verb may follow as well as a speech verb: "The pollster Deltapoll found that …"; and opening the
    // sentence, its one verb: "The operator Transdev runs the line.")
    if (tokens[k - 1]?.normal === 'the' && isNameWord(tokens[k + 1]) && (bodyGoesOn(tokens[k + 2]) || reportVerb(tokens[k + 2]) || ownVerbAfter(tokens, k - 1, k + 2)) && bodyNameAfterJobKind(tokens, tokens[k]!.text, k + 1, k + 2)) add(k + 1, k + 1);
    const start = kindNounStart(tokens, k);
    if (start < 0) {
      const name = nameAfterBodyDescriptionHead(tokens, k);
      if (name) add(name[0], name[1]);
      continue;
    }
    // "the (AI music) start-up Vocalis": a definite article a few words before the noun, the name right after it.
    if (isNameWord(tokens[k + 1])) {
      let the = start - 1;
      // (A plural owner's apostrophe is a word's too: "the actors' union Equity".)
      while (the >= 0 && the > start - 5 && tokens[the]!.normal !== 'the' && (tokens[the]!.type === 'word' || pluralApostrophe(tokens, the)) && tokens[the]!.pos !== 'ADP') the--;
      let last = k + 1;
      while (last < k + 3 && isNameWord(tokens[last + 1])) last++;
      if (the >= 0 && tokens[the]!.normal === 'the' && (bodyGoesOn(tokens[last + 1]) || ownVerbAfter(tokens, the, last + 1))) add(k + 1, last);
      // ("Rival carrier Loganair said": news drops the article before a kind noun opening its clause.)
      else if (opensClauseWithoutArticle(tokens, start, text) && bodyGoesOn(tokens[last + 1])) add(k + 1, last);
    }
    // "Vocalis, an AI music start-up,": a description set off after the name, the kind noun last.
    const stop = tokens[k + 1];
    if (!stop || !/^[,.;]$/.test(stop.text)) continue;
    let open = start - 1;
    while (open >= 0 && open > start - 6 && !/^(a|an|the)$/.test(tokens[open]!.normal) && tokens[open]!.type === 'word' && !NOT_HEAD_BEFORE.test(tokens[open]!.normal)) open--;
    if (open < 1 || !/^(a|an|the)$/.test(tokens[open]!.normal) || tokens[open - 1]!.text !== ',') continue;
    const last = open - 2;
    if (!isNameWord(tokens[last])) continue;
    let first = last;
    while (first > last - 3 && isNameWord(tokens[first - 1])) first--;
    // (Not a place or a time after a preposition: "In Berlin, the start-up, …".)
    if (tokens[first - 1]?.pos === 'ADP') continue;
    add(first, last);
  }
  for (const name of names) if (namedAsPerson(tokens, name)) names.delete(name);
  return names;
}

let ownedBodyNouns: Set<string> | undefined;

/**
 * "The hospital's union, Unison, said": an owned body's noun (data/organisations.json described_bodies.body: union,
 * council, club), then a name set off by commas: the first and last index of that name, or null. No person is a
 * union, so even one word is the body's name, not a surname. (A person's role is no body noun: "The club's owner,
 * Abramovich," stays a person.)
 */
function nameAfterOwnedBody(tokens: readonly Token[], k: number): [number, number] | null {
  ownedBodyNouns ??= new Set(organisationData().described_bodies.body);
  if (!ownedBodyNouns.has(tokens[k]!.text) || !/^(?:['’]s|its|their)$/.test(tokens[k - 1]?.normal ?? '') || tokens[k + 1]?.text !== ',') return null;
  const last = k + 2;
  if (!isNameWord(tokens[last])) return null;
  // (One word only: several are as often a person's full name — "Oyelaran's publisher, Kit Brandt," is the firm's head —
  // and the named bodies of several words have their own rules.)
  return tokens[last + 1]?.text === ',' ? [k + 2, last] : null;
}

let services: ReadonlySet<string> | undefined;

function serviceModifiers(): ReadonlySet<string> {
  services ??= new Set(organisationData().described_bodies.service_modifiers);
  return services;
}

/**
 * "the promoter Crestfall Live announced": a head of a body's description that a person may be too (data/organisations.json
 * body_description_heads: "promoter", "operator", "sponsor") right before a name of two or three words after "the" makes
 * the name the body's when it reads as no person's: its first word no given name, and not two words outside the
 * dictionary ("the promoter Kofi Mensah" may be his). One word may be a surname ("the promoter Hearn"): left alone.
 * Returns the name's first and last token, or null.
 */
function nameAfterBodyDescriptionHead(tokens: readonly Token[], k: number): [number, number] | null {
  const head = tokens[k]!;
  // ("Bus operator Stagecoach West said": what the body runs, data/organisations.json service_modifiers, may stand
  // before the head in place of "the".)
  const opener = tokens[k - 1]?.normal ?? '';
  if (!startsLowerCase(head.text) || !isBodyDescriptionHead(head.normal) || !(opener === 'the' || serviceModifiers().has(opener)) || !isNameWord(tokens[k + 1]) || !isCapitalisedWord(tokens[k + 2])) return null;
  let last = k + 2;
  if (isCapitalisedWord(tokens[last + 1])) last++;
  if (!bodyGoesOn(tokens[last + 1])) return null;
  const words = tokens.slice(k + 1, last + 1).map((t) => t.text);
  if (isHonorific(words[0]!.toLowerCase()) || (isPersonDescriptionHead(head.normal) && readsAsPersonsName(words))) return null;
  return [k + 1, last];
}

/**
 * "The booking company, Seatrix, said": a description opened by "the" whose head is a kind of body or what one
 * does (tokens[k]: kind_nouns, body_description_heads), then a name set off by commas. A head a person may hold too
 * ("The operator, North Sound Coaches,") needs a name of two words or more closed by a plural noun of trade
 * ("Coaches", "Ferries"): "The operator, Jo Banks," stays hers. Returns the name's first and last token, or null.
 */
function nameSetOffAfterDescription(tokens: readonly Token[], k: number): [number, number] | null {
  if (tokens[k + 1]?.text !== ',' || !isCapitalisedWord(tokens[k + 2])) return null;
  const head = tokens[k]!;
  if (!startsLowerCase(head.text) || !(isBodyDescriptionHead(head.normal) || firmHouse(tokens, k))) return null;
  let the = firmHouse(tokens, k) ? k - 2 : k - 1;
  while (the >= 0 && the > k - 4 && tokens[the]!.normal !== 'the' && tokens[the]!.type === 'word' && startsLowerCase(tokens[the]!.text) && tokens[the]!.pos !== 'ADP') the--;
  // (The description opens its clause: "The director of the festival, Odile Ferrand," sets off the director.)
  if (the < 0 || tokens[the]!.normal !== 'the' || tokens[the - 1]?.pos === 'ADP') return null;
  let last = k + 2;
  // (A hyphen may join two capitalised halves of the name: "Maison Dorval-Ricard".)
  for (let more = 0; more < 3; more++) {
    if (isCapitalisedWord(tokens[last + 1])) last++;
    else if (hyphenInWord(tokens as Token[], last + 1) && isCapitalisedWord(tokens[last + 2])) last += 2;
    else break;
  }
  if (tokens[last + 1]?.text !== ',') return null;
  const words = tokens.slice(k + 2, last + 1).filter((t) => t.text !== '-').map((t) => t.text);
  if (readsAsPersonsName(words)) return null;
  if (isPersonDescriptionHead(head.normal) && (words.length < 2 || !isCommonPlural(words.at(-1)!))) return null;
  return [k + 2, last];
}

/**
 * The article also names a person so: "Ms. Baker founded the law firm Baker", "Ana Baker … the firm Baker" — a
 * firm named after its founder; the name alone stays hers.
 */
function namedAsPerson(tokens: readonly Token[], name: string): boolean {
  const words = name.split(' ');
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.text !== words[0]) continue;
    const before = tokens[k - 1]!;
    if (isHonorific(before.normal.replace(/\.$/, '')) || (before.pos === 'PROPN' && genderOfFirstName(before.text) !== 'unknown')) return true;
  }
  return false;
}
