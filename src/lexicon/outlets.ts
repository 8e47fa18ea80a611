import { readDataFile, wordSetFrom } from './data-file.js';
import type { Token } from '../types.js';
import { withoutPossessive } from '../text/possessive.js';
import { lastWord } from '../text/boundaries.js';
import { endsCode } from '../text/openings.js';
import { OWNER_POSSESSIVES } from '../nlp/words.js';
import { cueLexicon } from './cues.js';
import { isNewsQualifier, isShopOutletKind } from './outlet-kind-words.js';
import { genderOfFirstName, isHonorificOrAddressTitle } from '../nlp/names.js';
import { isCityNotGivenName, isPlaceName } from './place-names.js';
import { numberedStation } from './numbered-stations.js';
import { isStudioTelevision } from './studio-television.js';

interface OutletEntry {
  name: string;
  aliases: string[];
  case?: boolean;
  /** Also a common thing in capitals ("CCTV footage", "a TRT test", "into The Ring"): an outlet only where one is signalled. */
  context?: boolean;
}

interface OutletIndex {
  /** Lower-cased variant → canonical name, for names that are never ordinary words. */
  folded: Map<string, string>;
  /** Exact-case variant → canonical name, for names that are also ordinary words ("Deadline", "People"). */
  exact: Map<string, string>;
  /** Longest variant in words, to bound phrase lookups. */
  maxWords: number;
  /** endsCode of every variant, exact and folded (see mayBeVariant). */
  ends: Set<number>;
  /** Words that open a broadcaster's channel or desk after its name ("Radio" in "BBC Radio 6 Music"). */
  mediumWords: Set<string>;
  eventWords: Set<string>;
  /** Kinds of news medium before an outlet's name ("the German newspaper Bild"). */
  kindWords: string[];
  platforms: Set<string>;
  /** Jobs on an outlet's staff after its possessive ("Vulture's critic"). */
  staffWords: string[];
  /** Words of a staff title in capitals before its job ("Senior" of "Senior Editor"), and jobs only such titles end in ("Host"). */
  staffTitleQualifiers: Set<string>;
  staffTitleJobs: Set<string>;
  /** Kind words that are also a person's job ("broadcaster"), and the words before them that make them a medium ("public"). */
  jobKindWords: Set<string>;
  jobKindQualifiers: Set<string>;
  /** Canonical name → its kind ("magazine", "newspaper", …), for the outlets data/outlets.json gives one. */
  kindOf: Map<string, string>;
  /** A common noun standing for an outlet → the kind it names ("paper" → "newspaper"). */
  nounKinds: Map<string, string>;
  nearKinds: Map<string, string[]>;
  /** News words that alone are a common thing ("the Channel", "the Show"), not a paper (data: loneGenericHeads). */
  loneGenericHeads: Set<string>;
  /** Holidays' first words and days' last words (data: calendarNames, calendarTails). */
  calendarNames: Set<string>;
  calendarTails: Set<string>;
  /** Canonical names marked 'context' (see OutletEntry.context). */
  contextOnly: Set<string>;
  /** Unnamed sources an outlet's possessive owns ("Deadline's sources"). */
  sourceNouns: Set<string>;
  /** Outlet words that name a place or a body too ("the station"): an outlet only where words are given to them. */
  hearerOnlyNouns: Set<string>;
  /** Nouns for a news agency ("agency", "wire service"): they stand for the agency named before. */
  agencyNouns: Set<string>;
  /** Outlet kind words that are also verbs right after "to" ("to show", "to paper over"). */
  kindWordsAlsoVerbs: Set<string>;
  /** Nouns for a stretch of land ("belt", "region") that make a name before them a place's. */
  placeNouns: Set<string>;
  newspaperWords: Set<string>;
  /** A paper's last word in another language ("Zeitung", "Dagbladet"): a news word as OUTLET_HEAD's are (data: foreignNewspaperHeads). */
  foreignNewspaperHeads: Set<string>;
  /** Words of commenting before "on" ("comment on the Courier's report"): the subject follows, no medium (data: commentOnWords). */
  commentOnWords: Set<string>;
  sharedQuestionOccasions: string[];
  /** Small words joining a Romance-language paper's name to what it is of ("di" of "La Gazzetta di Parma"). */
  nameLinkWords: Set<string>;
  editionWords: Set<string>;
  /** Lower-case words naming a programme's kind after its title ("programme" of "the Today programme"). */
  programmeKindWords: string[];
  /** Lower-case words standing inside a listed outlet's name ("und" of "Auto Motor und Sport"). */
  innerSmallWords: Set<string>;
  /** Words a Romance-language paper's name opens with ("Gazzetta", "Diario"), and the articles before them ("La"). */
  foreignPaperWords: Set<string>;
  foreignPaperArticles: Set<string>;
  titleArticles: Set<string>;
  surnameParticleArticles: Set<string>;
  /** Words a broadcaster's name opens with before the word naming which ("Radio" of "Radio Uno"). */
  broadcastOpeners: Set<string>;
  regionalStationOpeners: Set<string>;
  /** Programmes whose names are ordinary phrases ("Fresh Air"): outlets only where a programme is signalled. */
  phraseProgrammes: Set<string>;
  /** Radio programmes (data: radioProgrammes), which are no screen works. */
  radioProgrammes: Set<string>;
  /** Scholarly journals (data: journals): where a study is published is no source of words. */
  journals: Set<string>;
  programmeTitleWords: Set<string>;
}

let index: OutletIndex | undefined;

function outletIndex(): OutletIndex {
  if (index) return index;
  const data = readDataFile<{ outlets: OutletEntry[]; mediumWords: string[]; eventWords: string[]; kindWords: string[]; platforms: string[]; staffWords: string[]; staffTitleQualifiers: string[]; staffTitleJobs: string[]; jobKindWords: string[]; jobKindQualifiers: string[]; kinds: Record<string, string[]>; nounKinds: Record<string, string>; nearKinds: Record<string, string[]>; loneGenericHeads: string[]; calendarNames: string[]; calendarTails: string[]; sourceNouns: string[]; hearerOnlyNouns: string[]; agencyNouns: string[]; kindWordsAlsoVerbs: string[]; placeNouns: string[]; newspaperWords: string[]; sharedQuestionOccasions: string[]; nameLinkWords: string[]; editionWords: string[]; programmeKindWords: string[]; phraseProgrammes: string[]; radioProgrammes: string[]; journals: string[]; programmeTitleWords: string[]; foreignPaperWords: string[]; foreignPaperArticles: string[]; titleArticles: string[]; surnameParticleArticles: string[]; broadcastOpeners: string[]; regionalStationOpeners: string[]; foreignNewspaperHeads: string[]; commentOnWords: string[] }>('outlets.json');
  const folded = new Map<string, string>();
  const exact = new Map<string, string>();
  let maxWords = 1;
  for (const entry of data.outlets) {
    for (const variant of [entry.name, ...entry.aliases]) {
      const key = variant.replace(/^the\s+/i, '');
      maxWords = Math.max(maxWords, key.split(/\s+/).length);
      // "The Express" without its article is an ordinary word: match it only as written.
      const bareWord = key !== variant && !/\s/.test(key);
      if (entry.case || bareWord) exact.set(key, entry.name);
      else folded.set(key.toLowerCase(), entry.name);
    }
  }
  const ends = new Set([...exact.keys(), ...folded.keys()].map((k) => endsCode(k)));
  const innerSmallWords = new Set(data.outlets.flatMap((e) => [e.name, ...e.aliases]).flatMap((v) => v.split(/\s+/).slice(1, -1).filter((w) => /^\p{Ll}+$/u.test(w))));
  const kindOf = new Map(Object.entries(data.kinds).flatMap(([kind, names]) => names.map((name) => [name, kind] as const)));
  index = { folded, exact, maxWords, ends, innerSmallWords, mediumWords: new Set(data.mediumWords), eventWords: new Set(data.eventWords), kindWords: data.kindWords, platforms: new Set(data.platforms), staffWords: data.staffWords, staffTitleQualifiers: new Set(data.staffTitleQualifiers), staffTitleJobs: new Set(data.staffTitleJobs), jobKindWords: new Set(data.jobKindWords), jobKindQualifiers: new Set(data.jobKindQualifiers), kindOf, nounKinds: new Map(Object.entries(data.nounKinds)), nearKinds: new Map(Object.entries(data.nearKinds)), contextOnly: new Set(data.outlets.filter((o) => o.context).map((o) => o.name)), loneGenericHeads: new Set(data.loneGenericHeads), calendarNames: new Set(data.calendarNames), calendarTails: new Set(data.calendarTails), sourceNouns: new Set(data.sourceNouns), hearerOnlyNouns: new Set(data.hearerOnlyNouns), agencyNouns: new Set(data.agencyNouns), kindWordsAlsoVerbs: new Set(data.kindWordsAlsoVerbs), placeNouns: new Set(data.placeNouns), newspaperWords: new Set(data.newspaperWords), foreignNewspaperHeads: new Set(data.foreignNewspaperHeads), commentOnWords: new Set(data.commentOnWords), sharedQuestionOccasions: data.sharedQuestionOccasions, nameLinkWords: new Set(data.nameLinkWords), editionWords: new Set(data.editionWords), programmeKindWords: data.programmeKindWords, foreignPaperWords: new Set(data.foreignPaperWords), foreignPaperArticles: new Set(data.foreignPaperArticles), titleArticles: new Set(data.titleArticles), surnameParticleArticles: new Set(data.surnameParticleArticles), broadcastOpeners: new Set(data.broadcastOpeners), regionalStationOpeners: new Set(data.regionalStationOpeners), phraseProgrammes: new Set(data.phraseProgrammes), radioProgrammes: new Set(data.radioProgrammes), journals: new Set(data.journals), programmeTitleWords: new Set(data.programmeTitleWords) };
  // (A name matched only as written counts here from three words on: "Time Out New York" opening a sentence is the
  // listings magazine, whereas two capitalised words, "Private Eye", "Hot Ones", may be an ordinary phrase's.)
  const wordsOf = (v: string) => v.replace(/^the\s+/i, '').split(/\s+/).length;
  nameVariants = data.outlets.flatMap((e) => [e.name, ...e.aliases]);
  multiWord = data.outlets.flatMap((e) => [e.name, ...e.aliases].filter((v) => wordsOf(v) >= (e.case ? 3 : 2))).sort((a, b) => b.length - a.length);
  return index;
}

// Heads that make a capitalised phrase a news organisation even when it is not in the gazetteer.
const OUTLET_HEAD = /^(?:Times|Post|News|Journal|Gazette|Herald|Courier|Ledger|Tribune|Daily|Weekly|Magazine|Radio|Television|TV|Press|Review|Reporter|Wire|Chronicle|Observer|Telegraph|Mail|Express|Mirror|Standard|Examiner|Inquirer|Sentinel|Register|Dispatch|Bulletin|Star|Globe|Record|Beacon|Advertiser|Argus|Echo|Free Press|Online|Network|Channel|Insider|Report|Digest|Monthly|Quarterly|Newsletter|Podcast|Show|Desk)$/;

/**
 * A US broadcaster's call sign: K or W and three capitals ("KTLA", "WNYC"), maybe with its band ("WSMV-TV"), or
 * two capitals with a band ("KUT-FM"). (Not "WWII".)
 */
export function isCallSign(name: string): boolean {
  return CALL_SIGN.test(name);
}

/**
 * A bare call sign (no band) at tokens[i] that modifies the common noun after it is some other acronym:
 * "WNBA reporters", "WADA investigators". Stations are named on their own: "told KTLA on Monday".
 */
export function acronymBeforeNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/**
 * Whether tokens[i] is the channel number a US station is branded with after its call sign at tokens[i - 1]
 * ("told KIRO 7 that …", "KARE 11 reported"), not a count of what follows ("told KTLA 5 people were hurt").
 */
export function isChannelNumberAt(tokens: readonly Token[], i: number): boolean {
  const number = tokens[i];
  const sign = tokens[i - 1];
  if (!number || !sign || !/^\d{1,2}$/.test(number.text) || number.start !== sign.end + 1) return false;
  const next = tokens[i + 1];
  return !next || !/^\p{Ll}/u.test(next.text) || !['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(next.pos);
}

/**
 * The web domain the tagger splits off a site's name at tokens[k] ("Scroll" "." "in", "Rediff" "." "com"): the
 * index past it when a full stop and a domain touch the name, else k.
 */
export function pastWebDomain(tokens: readonly Token[], k: number): number {
  const stop = tokens[k];
  const domain = tokens[k + 1];
  if (!stop || !domain || stop.text !== '.' || stop.start !== tokens[k - 1]?.end || domain.start !== stop.end) return k;
  return WEB_DOMAIN.test(domain.text) ? k + 2 : k;
}

const WEB_DOMAIN = /^(?:com|in|org|net|co|uk|ie|au|ng|io|cd|ar)$/;
// (A capitalised name and one or more of those endings: "Tennis.com", "News.com.au".)
const WEB_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}\d-]*(?:\.${WEB_DOMAIN.source.slice(1, -1)})+$`, 'u');

/** A site's name with its web domain, one word ("Tennis.com", "Change.org"): a site, never a person's name. */
export function isWebName(word: string): boolean {
  return WEB_NAME.test(word);
}

/** A web address's ending in small letters after a site's name and a full stop ("com" of "Tennis.com", "in" of "Scroll.in"). */
export function isWebDomain(word: string): boolean {
  return WEB_DOMAIN.test(word);
}

const CALL_SIGN = /^(?!WWI)[KW](?:[A-Z]{3}(?:-(?:TV|FM|AM|DT))?|[A-Z]{2}-(?:TV|FM|AM|DT))$/;

/** Whether a word is a news word that heads an outlet's name ("Chronicle" of "the Northgate Chronicle"). */
export function isOutletHead(word: string): boolean {
  return OUTLET_HEAD.test(word) || outletIndex().foreignNewspaperHeads.has(word);
}

/**
 * The canonical outlet for a phrase ("IndieWire", "the New York Times", "Deadline"), or null.
 * Names that are also ordinary words match only with their capitalisation.
 */
export function lookupOutlet(phrase: string): string | null {
  const { folded, exact, ends } = outletIndex();
  const key = outletKey(phrase);
  if (!key || !mayBeVariant(key, ends)) return null;
  return exact.get(key) ?? (isLowercaseWord(key) ? null : folded.get(key.toLowerCase())) ?? null;
}

/**
 * One word in small letters only: an ordinary noun, whatever outlet it spells with a capital ("the insider
 * told People", "her guardian said", "a mirror"). Outlet names are written with capitals.
 */
function isLowercaseWord(key: string): boolean {
  return /^\p{Ll}+$/u.test(key);
}

/** Whether a known outlet name matches only as written, being also an ordinary word ("Deadline", "People"). */
export function outletOnlyAsWritten(phrase: string): boolean {
  const { folded, exact } = outletIndex();
  const key = outletKey(phrase);
  return exact.has(key) && !folded.has(key.toLowerCase());
}

/** Whether some variant opens and ends as the key does (see endsCode). */
function mayBeVariant(key: string, ends: Set<number>): boolean {
  const code = endsCode(key);
  return code < 0 || ends.has(code);
}

/**
 * phrase.trim().replace(/[’']s$/, '').replace(/^the\s+/i, '').replace(/[.,;:]+$/, ''), each replace run only
 * where its first or last character allows a match: entity extraction looks up every capitalised run.
 */
function outletKey(phrase: string): string {
  let key = withoutPossessive(phrase.trim());
  if (key[0] === 't' || key[0] === 'T') key = key.replace(/^the\s+/i, '');
  if (TRAILING_PUNCTUATION.has(key[key.length - 1]!)) key = key.replace(/[.,;:]+$/, '');
  return key;
}

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':']);

/** A country or language naming a network's edition after its name: "España" of "DAZN España" (data/outlets.json editionWords). */
export function isEditionWord(word: string): boolean {
  return outletIndex().editionWords.has(word);
}

/**
 * Small words that may stand inside an outlet's name between capitalised words: "Sight and Sound", "Corriere della
 * Sera", "Folha de S.Paulo", "People en Español". One list for every reader of outlet names.
 */
export const OUTLET_NAME_SMALL_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'du', 'de', 'des', 'en', 'la', 'le', 'di', 'del', 'della', 'dello', 'delle', 'dei', 'degli', 'do', 'da', 'dos', 'das', 'am']);

/**
 * A small word inside a listed outlet's name: one of OUTLET_NAME_SMALL_WORDS, or any lower-case word the gazetteer
 * writes between a name's words ("und" of "Auto Motor und Sport", "van" of a Dutch title), so a reader of a known
 * name goes on through it; the name must still be listed to count.
 */
export function isInnerOutletNameWord(word: string): boolean {
  return OUTLET_NAME_SMALL_WORDS.has(word) || outletIndex().innerSmallWords.has(word);
}

/** Every word isInnerOutletNameWord accepts, for a reader that needs them as a list (a pattern's alternation). */
export function innerOutletNameWords(): string[] {
  return [...new Set([...OUTLET_NAME_SMALL_WORDS, ...outletIndex().innerSmallWords])];
}

/** Like lookupOutlet, but also accepts an unknown capitalised name headed by a news word ("the Lakeview Ledger"). */
export function recogniseOutlet(phrase: string): string | null {
  const known = lookupOutlet(phrase);
  if (known) return known;
  // "Hong Kong’s South China Morning Post", "Britain’s Daily Telegraph": the place whose outlet it is, no part of its name.
  const owned = afterPlacePossessive(phrase.trim());
  if (owned) return recogniseOutlet(owned);
  const bare = withoutPossessive(phrase.trim());
  // "Tennis.com", "Scroll.in": a capitalised site's name with its web domain is a news site, listed or not.
  // (Not ".org": a campaign's or a charity's site, "MoveOn.org", is the body's own.)
  if (WEB_NAME.test(bare) && !bare.endsWith('.org')) return bare;
  // "News 12 New Jersey", "NBC 5 Chicago", "Channel Nine": a local station's brand and channel number (numbered-stations.ts).
  if (/\d|^Channel /.test(bare)) {
    const station = numberedStation(bare);
    if (station) return station;
  }
  // "RTV Utrecht", "Omroep Brabant": a radio-and-television word and the one place it serves name a regional station
  // (data/outlets.json regionalStationOpeners); a given name after it is a person's ("TV Smith" stays unread here).
  if (regionalStation(bare)) return bare.replace(/^the\s+/i, '');
  // The news word that must end the phrase, tested first: most phrases end otherwise ("Dana Cole").
  // ("Post-Standard": a hyphen joined to a capitalised word parts the name's words as a space does.)
  // ("Joy FM", "Talk AM": a radio band's word ends only a station's name, so it heads one as a news word does.)
  if (!isOutletHeadOrBand(lastWord(bare).split(/-(?=\p{Lu})/u).pop()!)) return null;
  const words = bare.replace(/^the\s+/i, '').split(/\s+|-(?=\p{Lu})/u);
  if (words.length < 2 || words.length > 6) return null;
  if (!words.every((w) => /^[A-Z0-9&]/.test(w) || OUTLET_NAME_SMALL_WORDS.has(w))) return null;
  // (A band word after a number is a time or a frequency, "9 AM", "98.1 FM", no station's own name.)
  if (!OUTLET_HEAD.test(words[words.length - 1]!) && /^\d/.test(words[words.length - 2]!)) return null;
  if (isStudioTelevision(words)) return null;
  return isOutletHeadOrBand(words[words.length - 1]!) ? phrase.trim().replace(/[’']s$/, '').replace(/^the\s+/, 'The ') : null;
}

/** "RTV Utrecht": a regionalStationOpeners word and one capitalised word that is no given name. */
function regionalStation(bare: string): boolean {
  const m = REGIONAL_STATION.exec(bare);
  return !!m && outletIndex().regionalStationOpeners.has(m[1]!) && genderOfFirstName(m[2]!) === 'unknown' && !OUTLET_HEAD.test(m[2]!);
}

const REGIONAL_STATION = /^(?:the\s+)?(\p{Lu}[\p{L}]*)\s+(\p{Lu}\p{Ll}[\p{L}-]*)$/u;

function isOutletHeadOrBand(word: string): boolean {
  return isOutletHead(word) || isBandWord(word);
}

/**
 * The name after a place's possessive opening a phrase ("Daily Telegraph" of "Britain’s Daily Telegraph",
 * "NHK" of "Japan’s NHK"), or null. News writes a country's or city's outlet so; the place is no part of its
 * name (a known name that holds a possessive, "People’s Daily", is looked up whole before this).
 */
export function afterPlacePossessive(phrase: string): string | null {
  // (Most phrases hold no possessive: the plain search first, since every outlet lookup asks.)
  if (!phrase.includes('’s ') && !phrase.includes("'s ")) return null;
  const m = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})[’']s\s+(\p{Lu}.*)$/u.exec(phrase);
  return m && cueLexicon().placeNames.has(m[1]!) ? m[2]! : null;
}

/**
 * Whether the one word at tokens[k], an outlet's name that is also an ordinary word ("Face" of The Face), opens a
 * longer title: "the" and capitalised words that end the phrase (the programme "Face the Week", "Meet the Voters").
 * A title ends at punctuation, a preposition, a conjunction, "that" or the text's end ("on Face the Week on Sunday");
 * a verb, a possessive or a noun after the capitalised words makes them the subject of a clause told to the outlet:
 * "told Variety the Academy would …", "told Time the Pentagon’s budget was …".
 */
export function plainWordOpensTitle(tokens: readonly Token[], k: number): boolean {
  if (!outletOnlyAsWritten(tokens[k]!.text)) return false;
  if (tokens[k + 1]?.text !== 'the' || !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) return false;
  let e = k + 2;
  while (/^\p{Lu}/u.test(tokens[e + 1]?.text ?? '')) e++;
  const after = tokens[e + 1];
  if (!after) return true;
  const possessive = /^['’]s?$/.test(after.text);
  return !possessive && (/^(PUNCT|ADP|CCONJ|SCONJ)$/.test(after.pos) || after.normal === 'that');
}

/**
 * Whether the one-word outlet at tokens[k] that is also an ordinary word ("Red", "Time", "Fortune") opens a longer
 * capitalised name: "the Red Cross", "Time Warner", "Fortune 500". The name ends where its run ends, so that run is
 * some other thing. A medium word ("Time Magazine"), a weekday or month ("told Time Monday") or a person's given
 * name ("told Variety Ana Vidal was …") after it leaves the outlet standing.
 */
export function ordinaryOutletOpensLongerName(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !outletOnlyAsWritten(word)) return false;
  const next = tokens[k + 1];
  if (!next || next.start !== tokens[k]!.end + 1 || !/^[\p{Lu}\d]/u.test(next.text)) return false;
  if (isMediumWord(next.text) || NOT_NAME_AFTER_OUTLET.test(next.text)) return false;
  // "told Time Senior Correspondent Ben Hale": one of its staff by title after the outlet ends its name.
  // "told Time Ms Holmes later said": a title of address opens a person's name, after the outlet's.
  if (opensStaffTitle(tokens, k + 1) || isHonorificOrAddressTitle(next.text.toLowerCase().replace(/\.$/, ''))) return false;
  return genderOfFirstName(next.text) === 'unknown';
}

/**
 * Whether capitalised words from tokens[k] are a staff member's title: qualifiers ("Senior", "Executive") and then a
 * staff job ("Editor", "Correspondent", "Host"). "Chief Executive" ends in no staff job: "Time Warner Chief Executive …"
 * is the company's.
 */
function opensStaffTitle(tokens: readonly Token[], k: number): boolean {
  const { staffWords, staffTitleQualifiers, staffTitleJobs } = outletIndex();
  for (let j = k; j < k + 4 && /^\p{Lu}/u.test(tokens[j]?.text ?? ''); j++) {
    const word = tokens[j]!.text.toLowerCase();
    if (staffWords.includes(word) || staffTitleJobs.has(word)) return true;
    if (!staffTitleQualifiers.has(word)) return false;
  }
  return false;
}
const NOT_NAME_AFTER_OUTLET = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|Next|Earlier|Later|Magazine|Online|Digital)$/;

/** Gazetteer names of two or more words that are never ordinary phrases ("Us Weekly", "The New York Times"). */
export function multiWordOutlets(): string[] {
  outletIndex();
  return multiWord!;
}

let multiWord: string[] | undefined;

/** Every name and alias the gazetteer lists (data/outlets.json), as written, in file order. */
export function outletNameVariants(): readonly string[] {
  outletIndex();
  return nameVariants!;
}

let nameVariants: string[] | undefined;


/** Whether a capitalised run after a broadcaster ends in an event's noun ("MTV Europe Music Awards"): an event, no channel (outlets.json eventWords). */
export function namesAnEvent(phrase: string): boolean {
  return outletIndex().eventWords.has(phrase.trim().split(/\s+/).pop() ?? '');
}

/** "Live" of "Dublin Live": a last word that makes a name told something at a tag's end an outlet (data/outlets.json toldNameHeads). */
export function isToldNameHead(word: string): boolean {
  toldNameHeads ??= wordSetFrom('outlets.json', 'toldNameHeads');
  return toldNameHeads.has(word);
}
let toldNameHeads: Set<string> | undefined;

/** "FM", "AM": a radio band's word, which only ends a station's name (data/outlets.json bandWords). */
export function isBandWord(word: string): boolean {
  bandWords ??= wordSetFrom('outlets.json', 'bandWords');
  return bandWords.has(word);
}
let bandWords: Set<string> | undefined;

/** Whether a word after a known outlet's name opens one of its channels or desks ("BBC Radio 6 Music", "Sky Sports News"). */
export function isMediumWord(word: string): boolean {
  return outletIndex().mediumWords.has(word);
}

/** "Channel", "Show", "Desk": a news word that heads a name but alone after "the" is a common thing, not a paper. */
export function isGenericNewsWord(word: string): boolean {
  return outletIndex().loneGenericHeads.has(word);
}

/** The known outlet (canonical name) counts only in a source context: "told CCTV", not "CCTV footage shows". */
export function outletNeedsContext(canonical: string): boolean {
  return outletIndex().contextOnly.has(canonical);
}

/** "Christmas Eve", "Easter Sunday", "New Year's Eve": a holiday's name (words as written), which dates, not names. */
export function isCalendarName(words: readonly string[]): boolean {
  const { calendarNames, calendarTails } = outletIndex();
  return calendarNames.has(words[0]?.toLowerCase() ?? '') || (words.length > 1 && calendarTails.has(words[words.length - 1]!.toLowerCase()));
}

/** "sources", "insiders": unnamed sources an outlet's possessive owns ("Deadline's sources"), who gave the account. */
export function isOutletSourceNoun(word: string): boolean {
  return outletIndex().sourceNouns.has(word);
}

/** "site", "station", "service": an outlet word that names a place or a body too, an outlet only where words are given to it. */
/** How many words (one or two) at the start of `words` are a noun for a news agency (outlets.json agencyNouns), or 0. */
export function agencyNounLength(words: readonly string[]): number {
  const nouns = outletIndex().agencyNouns;
  if (words.length >= 2 && nouns.has(`${words[0]} ${words[1]}`)) return 2;
  return nouns.has(words[0] ?? '') ? 1 : 0;
}

/** Whether a word (lower case) comments on a subject named after "on": "declined to comment on the Courier's report" (outlets.json commentOnWords). */
export function isCommentOnWord(word: string): boolean {
  return outletIndex().commentOnWords.has(word);
}

export function isHearerOnlyOutletNoun(word: string): boolean {
  return outletIndex().hearerOnlyNouns.has(word);
}

/** "show", "paper", "site": a kind of outlet that may be a verb right after "to" ("trying to show Voss"). */
export function isKindWordAlsoVerb(word: string): boolean {
  return outletIndex().kindWordsAlsoVerbs.has(word);
}

/** "di", "de", "della": a small word a Romance-language paper's name goes on through ("La Gazzetta di Parma"). */
export function isOutletNameLinkWord(word: string): boolean {
  return outletIndex().nameLinkWords.has(word);
}

/**
 * How many words at the start of `words` open a paper's or a station's name by its form alone: "La Gazzetta",
 * "Diário", "Radio" + a capitalised word ("Radio Uno"); 0 when they do not (data/outlets.json foreignPaperWords,
 * foreignPaperArticles, broadcastOpeners).
 */
export function styledOutletOpening(words: readonly string[]): number {
  const index = outletIndex();
  const capital = (w: string | undefined) => /^\p{Lu}/u.test(w ?? '');
  if (index.broadcastOpeners.has(words[0] ?? '') && capital(words[1])) return 2;
  // (Alone, the paper's word needs what it is of after it: "Corriere della Sera", "Folha de S.Paulo".)
  if (index.foreignPaperWords.has(words[0] ?? '') && (capital(words[1]) || index.nameLinkWords.has(words[1] ?? ''))) return 1;
  if (index.foreignPaperArticles.has(words[0] ?? '') && index.foreignPaperWords.has(words[1] ?? '')) return 2;
  if (articleAndTitleWord(words)) return 2;
  return 0;
}

/**
 * "El Mercurio", "Die Zeit", "De Morgen": a paper's article and one capitalised word, no more capitals after it
 * (data/outlets.json titleArticles). Not a place ("Los Angeles", "La Paz") or a given name ("La Toya"); whether the
 * article names a person elsewhere ("Marine Le Pen") the caller asks with articleOfPersonName.
 */
function articleAndTitleWord(words: readonly string[]): boolean {
  const [article, word, next] = words;
  if (!article || !word || !outletIndex().titleArticles.has(article) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  // ("told De Bruyne that he would start": an article that opens surnames too names a paper only when known.)
  if (outletIndex().surnameParticleArticles.has(article)) return false;
  if (next !== undefined && /^\p{Lu}/u.test(next)) return false;
  const places = cueLexicon().placeNames;
  return !places.has(word) && !places.has(`${article} ${word}`) && !isCityNotGivenName(`${article} ${word}`) && genderOfFirstName(word) === 'unknown';
}

/**
 * Whether the two words at tokens[at] ("Le Pen") follow a given name somewhere in the article ("Marine Le Pen"):
 * then they are a person's surname, not a paper's name, wherever they stand alone.
 */
export function articleOfPersonName(tokens: readonly Token[], at: number): boolean {
  const [article, word] = [tokens[at]?.text, tokens[at + 1]?.text];
  if (!article || !word || !outletIndex().titleArticles.has(article)) return false;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== article || tokens[k + 1]!.text !== word) continue;
    // (A given name the data may not know, "Marine": a capitalised proper noun, not "In" of "In Le Monde".)
    const before = tokens[k - 1]!;
    if (/^\p{Lu}\p{Ll}+$/u.test(before.text) && (genderOfFirstName(before.text) !== 'unknown' || before.pos === 'PROPN')) return true;
  }
  return false;
}

export function maxOutletWords(): number {
  return outletIndex().maxWords;
}

let kindBefore: RegExp | undefined;
let kindAfter: RegExp | undefined;
let staffAfter: RegExp | undefined;

/**
 * Whether the text before a name ends with "the", at most two words and a kind of news medium ("the German
 * newspaper ", "the daily ", "the music podcast “"): the name that follows is that outlet's. Shared with the
 * quote stage, which reads the medium of "told the German newspaper Bild".
 */
export function endsWithOutletKind(before: string): boolean {
  if (!mayEndWithOutletKind(before)) return false;
  // (Also a speaker's own, its title in quotation marks after a comma or not: "her podcast, “Late Pass”".)
  kindBefore ??= new RegExp(String.raw`(?:\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:${outletIndex().kindWords.join('|')})\s+[“"‘]?|\b(?:${[...OWNER_POSSESSIVES].join('|')})\s+(?:[\p{L}-]+\s+)?(?:${outletIndex().kindWords.join('|')}),?\s+[“"‘])$`, 'iu');
  return kindBefore.test(before) && !shopKindBefore(before);
}

const WORDS_BEFORE_KIND = /(?:([\p{L}-]+)\s+)?([\p{L}-]+)\s+([\p{L}-]+),?\s+[“"‘]?$/u;

/**
 * Whether `before` ends in a kind that is also a shop's ("the factory outlet ") with no article, nationality or news
 * qualifier right before it (data/outlet-kind-words.json): "the outlet Ekstrakt", "the Danish outlet Ekstrakt" and
 * "the entertainment outlet …" name a news medium; "the factory outlet Bargain Barn" a shop.
 */
function shopKindBefore(before: string): boolean {
  return unqualifiedKindBefore(before, WORDS_BEFORE_KIND, (kind) => isShopOutletKind(kind.toLowerCase()), (prev) => /^(?:the|a|an)$/i.test(prev) || isNewsQualifier(prev.toLowerCase()));
}

/**
 * Whether `before` ends (by `pattern`: optional word, word, kind word) in a kind word `isKind` accepts whose
 * previous word is no qualifier (`isQualifier`) and no nationality of one or two words (cues.json
 * outlet_kind_nationalities). Shared by shopKindBefore and endsWithJobKind.
 */
function unqualifiedKindBefore(before: string, pattern: RegExp, isKind: (kind: string) => boolean, isQualifier: (prev: string) => boolean): boolean {
  const m = pattern.exec(before.slice(-60));
  if (!m || !isKind(m[3]!)) return false;
  const prev = m[2]!;
  const nationalities = cueLexicon().outletKindNationalities;
  return !isQualifier(prev) && !nationalities.has(prev) && !(m[1] && nationalities.has(`${m[1]} ${prev}`));
}

/** A kind word for a news medium that is also a person's job (outlets.json jobKindWords): "broadcaster". */
export function isJobKindWord(word: string): boolean {
  return outletIndex().jobKindWords.has(word);
}

const JOB_KIND_BEFORE = /(?:^|\s)(?:([\p{L}-]+)\s+)?([\p{L}-]+)\s+(\p{Ll}+)\s+[“"‘]?$/u;

/**
 * Whether `before` (which endsWithOutletKind accepts) ends in a kind word that is also a person's job, standing
 * alone: "the veteran broadcaster ", not "the Irish broadcaster " or "the public broadcaster " (outlets.json
 * jobKindWords, jobKindQualifiers; cues.json outlet_kind_nationalities). The name after it is an outlet only if
 * outletShapedName says so: "the broadcaster Dermot Ashe" is a person.
 */
export function endsWithJobKind(before: string): boolean {
  return unqualifiedKindBefore(before, JOB_KIND_BEFORE, (kind) => outletIndex().jobKindWords.has(kind), (prev) => outletIndex().jobKindQualifiers.has(prev.toLowerCase()));
}

/**
 * Whether a name after a job-like kind word reads as an outlet's, not a person's: a known outlet, an acronym
 * ("NHK", "RTÉ"), a call sign, one word that is no given name, or a name with a news word in it ("Channel
 * Nine", "Harbour Radio"). Two plain capitalised words ("Dermot Ashe", "Oprah Winfrey") are a person.
 */
export function outletShapedName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (lookupOutlet(name) || isCallSign(name) || /^\p{Lu}[\p{Lu}\d&-]+$/u.test(name.trim())) return true;
  if (words.some((w) => isMediumWord(w) || OUTLET_HEAD.test(w))) return true;
  return words.length === 1 && genderOfFirstName(words[0]!) === 'unknown';
}

let kindAfterTitle: RegExp | undefined;

/**
 * Whether a kind of news medium follows a title's closing mark: "Deadline's “Behind the Slate” podcast", "the
 * “Harbour Voice” newspaper". (Not "daily", "weekly" or "paper", which follow a show's title as often: "the
 * “Late Hour” weekly ratings".)
 */
export function startsWithOutletKind(afterTitle: string): boolean {
  kindAfterTitle ??= new RegExp(String.raw`^[”"’']?,?\s+(?:${outletIndex().kindWords.filter((w) => !/^(?:daily|weekly|paper)$/.test(w)).join('|')})\b`, 'iu');
  return kindAfterTitle.test(afterTitle);
}

let kindAtEnd: RegExp | undefined;
let longestKind = 0;

/**
 * Whether `before` ends as every match of kindBefore does: a kind word, maybe a comma, spaces, maybe an
 * opening mark. Most names follow no kind word, and kindBefore, anchored at the end, is tried from every
 * position of `before`; this reads its end only.
 */
function mayEndWithOutletKind(before: string): boolean {
  let k = before.length;
  if (k > 0 && (before[k - 1] === '“' || before[k - 1] === '"' || before[k - 1] === '‘')) k--;
  const spaced = k;
  while (k > 0 && /\s/.test(before[k - 1]!)) k--;
  if (k === spaced) return false;
  if (before[k - 1] === ',') k--;
  // (With the pattern's flags: each letter of a kind word matches one character, so the tail is no longer than the longest.)
  kindAtEnd ??= new RegExp(String.raw`(?:${outletIndex().kindWords.join('|')})$`, 'iu');
  longestKind ||= Math.max(...outletIndex().kindWords.map((w) => w.length));
  return kindAtEnd.test(before.slice(Math.max(0, k - longestKind), k));
}

/** The outlet name without a kind word in small letters after it: "Hello! magazine" → "Hello!", "People magazine" → "People". */
export function withoutKindWord(name: string): string {
  // In small letters only: "People Magazine", "Breitbart News Daily" are names of their own.
  // Also a programme's kind word: "the Today programme" is the programme Today.
  kindAfter ??= new RegExp(String.raw`\s+(?:${[...outletIndex().kindWords, ...outletIndex().programmeKindWords].join('|')})$`);
  return name.replace(kindAfter, '');
}

/**
 * Whether the outlet's name at tokens[first, last] names a place instead: "the ABC industrial belt", "the CBS region",
 * "the ABC Paulista region" (after "the", maybe a capitalised word or two, then small-letter words whose last noun is
 * one for land). Not where the land noun only modifies another: "the BBC district office", "the NBC area bureau".
 */
export function namesPlaceAround(tokens: readonly Token[], first: number, last: number): boolean {
  if (!/^the$/i.test(tokens[first - 1]?.text ?? '')) return false;
  let k = last + 1;
  while (k <= last + 2 && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) k++;
  let land = false;
  for (const stop = k + 3; k < stop && /^\p{Ll}+$/u.test(tokens[k]?.text ?? ''); k++) {
    if (outletIndex().placeNouns.has(tokens[k]!.text)) land = true;
    else if (tokens[k]!.pos === 'NOUN') land = false;
    else if (tokens[k]!.pos !== 'ADJ') break;
  }
  return land;
}

/**
 * "the Edmonton Journal", "the Hamilton Spectator": a name that is one word and a newspaper's word (outlets.json
 * newspaperWords, maybe two: 'Plain Dealer'). Its first word alone is the town or a person ("Edmonton said", "Hamilton said"), never the paper.
 */
export function isTownAndNewspaperWord(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  // (A newspaper's words may be two: "the Cleveland Plain Dealer".)
  return words.length >= 2 && outletIndex().newspaperWords.has(words.slice(1).join(' '));
}

/** A word that ends a programme's title of two plain words ("Play", "Breakfast"; outlets.json programmeTitleWords). */
export function isProgrammeTitleWord(word: string): boolean {
  return outletIndex().programmeTitleWords.has(word);
}

/** Whether a known outlet (its canonical name) is a programme named by an ordinary phrase: "Fresh Air", "As It Happens" (outlets.json phraseProgrammes). */
/** A scholarly journal ("The Lancet"), by its canonical name (data/outlets.json journals). */
export function isJournal(canonical: string): boolean {
  return outletIndex().journals.has(canonical);
}

/** A radio programme ("Morning Edition"), heard and never watched: no film or TV series (data/outlets.json radioProgrammes). */
export function isRadioProgramme(title: string): boolean {
  return outletIndex().radioProgrammes.has(title);
}

export function isPhraseProgramme(canonical: string): boolean {
  return outletIndex().phraseProgrammes.has(canonical);
}

/**
 * Whether "the Times" may stand for `full`, an earlier outlet of the article ending in that news word. Where "The
 * Times" is a paper of its own, only a paper named by its place is shortened so ("The New York Times", "the Seattle
 * Times"), never "the Financial Times" or "the Sunday Times". Other news words ("the Chronicle") stand for any.
 */
export function mayShortenToHead(full: string, head: string): boolean {
  if (lookupOutlet(`The ${head}`)?.replace(/^the\s+/i, '') !== head) return true;
  const words = full.replace(/^the\s+/i, '').split(/\s+/);
  if (words[words.length - 1] !== head) return false;
  const place = words.slice(0, -1).join(' ');
  return isPlaceName(place);
}

/**
 * "The Times, a London paper,": an apposition right after a mention ending at `end` that says which paper it is, so
 * the short name is a paper of its own there, not one the article named in full. (One rule for the entities' merge
 * and for a quote's outlet speaker.)
 */
export function describedApartAt(text: string, end: number): boolean {
  return /^,\s+(?:a|an|the)\s+[^,.;]{0,40}?\b(?:paper|newspaper|daily|tabloid|broadsheet|weekly)\b/i.test(text.slice(end, end + 60));
}

/** A service that carries others' newsletters and podcasts ("Substack", "Patreon"): no outlet before a kind word (outlets.json platforms). */
export function isPlatform(name: string): boolean {
  return outletIndex().platforms.has(name);
}

/** A job on a news outlet's staff, one word in small letters: "critic", "editor". */
export function isOutletStaffJob(word: string): boolean {
  return outletIndex().staffWords.includes(word);
}

/** The words between one of an outlet's staff and the outlet: "a reporter from Reuters", "a critic for the Ledger". */
export const STAFF_PREPOSITIONS = ['from', 'for', 'with', 'at'] as const;

/** Whether the text after a name opens with a possessive and a staff job ("’s critic", "'s film critic"). */
export function startsWithStaffPossessive(after: string): boolean {
  staffAfter ??= new RegExp(String.raw`^[’']s\s+(?:(?:\p{Ll}+|\p{Lu}{2,3})\s+){0,2}(?:${outletIndex().staffWords.join('|')})\b`, 'u');
  return staffAfter.test(after);
}

let staffJobAfter: RegExp | undefined;
let staffJobBefore: RegExp | undefined;

/** Whether the text before a name ends with a staff job and a preposition: "the critic at ", "a reporter for the ". */
export function endsWithStaffPreposition(before: string): boolean {
  staffJobBefore ??= new RegExp(String.raw`\b(?:${outletIndex().staffWords.join('|')})\s+(?:${STAFF_PREPOSITIONS.join('|')})\s+(?:the\s+)?$`, 'u');
  return staffJobBefore.test(before);
}

/** Whether the text after a name opens with a staff job, no possessive: "Variety reporter" in "a Variety reporter asked". */
export function startsWithStaffJob(after: string): boolean {
  staffJobAfter ??= new RegExp(String.raw`^\s+(?:${outletIndex().staffWords.join('|')})\b`, 'u');
  return staffJobAfter.test(after);
}

/**
 * The kind of an outlet by its name: a known one's ("The Guardian" → "newspaper"), else a newspaper by its
 * head word ("the Harbour Ledger"), a broadcaster by TV/Radio in it; or null.
 */
export function outletKindByName(name: string): string | null {
  const known = outletKind(name);
  if (known) return known;
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  if (isNewspaperWord(words[words.length - 1]!)) return 'newspaper';
  return words.some((w) => /^(?:TV|Radio|Television|Broadcasting)$/.test(w)) ? 'broadcaster' : null;
}

/** The kind of a known outlet by its canonical name ("The Guardian" → "newspaper"), or null. */
export function outletKind(canonical: string): string | null {
  return outletIndex().kindOf.get(canonical) ?? null;
}

/** Whether a phrase in small letters is a kind word for a news medium ("newspaper", "news agency": outlets.json kindWords). */
export function isOutletKindWord(phrase: string): boolean {
  return outletIndex().kindWords.includes(phrase);
}

/**
 * Whether a kind word that is also a person's job ("broadcaster": outlets.json jobKindWords) is a medium after
 * `before`, the word in front of it: one of jobKindQualifiers ("state", "public") or a nationality ("Irish").
 */
export function jobKindWordIsMedium(before: string): boolean {
  return outletIndex().jobKindQualifiers.has(before.toLowerCase()) || cueLexicon().outletKindNationalities.has(before);
}

/** Other kinds an outlet noun of `kind` may stand for when none of its own is named before ("newspaper" → magazine: outlets.json nearKinds). */
export function nearOutletKinds(kind: string): readonly string[] {
  return outletIndex().nearKinds.get(kind) ?? [];
}

/** The kind of outlet a common noun stands for ("the magazine", "the paper" → "newspaper"), or null. */
export function kindOfOutletWord(word: string): string | null {
  return outletIndex().nounKinds.get(word.toLowerCase()) ?? null;
}

/**
 * "Idaho Statesman", "Las Vegas Sun", "Cleveland Plain Dealer": one to three capitalised words (a town, a region)
 * and a newspaper's word or two (outlets.json newspaperWords) ending the name. The shape of a local paper's name,
 * known or not; callers read it so only where words are given to it ("told the Idaho Statesman").
 */
export function endsInNewspaperWord(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  for (const n of [1, 2]) {
    const place = words.length - n;
    if (place >= 1 && place <= 3 && isNewspaperWord(words.slice(place).join(' '))) return true;
  }
  return false;
}

/**
 * Whether a single word is a newspaper's word ("Chronicle", "Gazette": outlets.json newspaperWords), or one in
 * another language ending a paper's name ("Zeitung": foreignNewspaperHeads). (isTownAndNewspaperWord reads the
 * English ones only: the word before "Zeitung" is often the paper's own short form, "the Süddeutsche".)
 */
export function isNewspaperWord(word: string): boolean {
  return outletIndex().newspaperWords.has(word) || outletIndex().foreignNewspaperHeads.has(word);
}

/** Occasions many reporters attend and put questions at ("press conference", "briefing": outlets.json sharedQuestionOccasions). */
export function sharedQuestionOccasions(): readonly string[] {
  return outletIndex().sharedQuestionOccasions;
}
