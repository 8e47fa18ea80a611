// Cues beside a capitalised run that make it a title (hasCue: "the film X", "X (2019)", "starred in X") and the small tests they use.
import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isWhiteSpace } from '../text/boundaries.js';
import { cueLexicon } from '../lexicon/cues.js';
import { workWords } from '../lexicon/work-words.js';
import { isCityNotGivenName, isPlaceNotGivenName } from '../lexicon/place-names.js';
import { PERSON_POSSESSIVES } from '../nlp/words.js';
import { SOURCE_WORK_BEFORE } from './film-lists.js';
import { OTHER_WORKS, formatOfOtherWork } from './other-works.js';
import { CUE_WORDS, SCREEN_WORDS, STRONG_VERB_CUES, VERB_CUES, wordsAfterTitle } from './film-cue-words.js';

/** Words after a title's comma that open a description of it: "Night Ferry, the new thriller", "…, her documentary". */
const ARTICLES_AND_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['the', 'a', 'an', ...PERSON_POSSESSIVES]);

/**
 * "will play the late senator Tom Kerr in Capitol": a biopic's title (one word too) after the one who died and
 * "in" (not a place: "in Memphis").
 */
export function afterPlayedLate(text: string, tokens: Token[], s: number, e: number): boolean {
  const surface = text.slice(tokens[s]!.start, tokens[e]!.end);
  return PLAYED_LATE_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 90), tokens[s]!.start)) && !isPlaceNotGivenName(surface) && !isCityNotGivenName(surface);
}

/** "play the late singer Ana Ruiz in " right before a title. */
const PLAYED_LATE_BEFORE = /\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+the\s+late\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}\s+in\s+$/u;


/** A sentence opening "In the …", "Throughout her new …" right before a film word: "In the drama," sets the scene, names nothing. */
const OPENING_PHRASE_BEFORE = /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:In|Throughout|During|Across|Over)\s+(?:the|this|that|his|her|their|its)\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u;

const LETTER_OR_HYPHEN = /[\p{L}-]/u;

/** The word (letters and hyphens) that ends right before white space before `at`, lower-cased; a scan, not a regex over a slice (this runs for every candidate title). */
function wordBefore(text: string, at: number): string | undefined {
  let end = at;
  // (isWhiteSpace is /\s/ for one unit, without a new RegExp object per character.)
  while (end > 0 && end > at - 30 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && start > at - 30 && LETTER_OR_HYPHEN.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end).toLowerCase() : undefined;
}

/**
 * Whether the sentence before `at` last names a kind of work that is no film or show ("released 14 albums,
 * among them Low Tide (1973)"): a year after the title then dates a record or a book, not a film.
 */
function otherWorksListedBefore(text: string, at: number): boolean {
  const sentence = text.slice(Math.max(0, at - 160), at).split(/[.!?]\s+|\n/).pop() ?? '';
  let last: string | undefined;
  for (const m of sentence.matchAll(/\p{L}[\p{L}-]*/gu)) {
    const word = m[0].toLowerCase();
    const single = word.endsWith('s') ? word.slice(0, -1) : word;
    if (OTHER_WORKS.has(word) || OTHER_WORKS.has(single)) last = 'other';
    else if (CUE_WORDS.has(word) || CUE_WORDS.has(single)) last = 'film';
  }
  return last === 'other';
}

/** Whether the sentence around start..end names a kind of work that is no film or show, and no film word. */
function sentenceNamesOtherWork(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start).split(/[.!?]\s+|\n/).pop() ?? '';
  const after = text.slice(end, end + 200).split(/[.!?](?:\s+|$)|\n/)[0] ?? '';
  let other = false;
  for (const m of `${before} ${after}`.matchAll(/\p{L}[\p{L}-]*/gu)) {
    const word = m[0].toLowerCase();
    const single = word.endsWith('s') ? word.slice(0, -1) : word;
    if (CUE_WORDS.has(word) || CUE_WORDS.has(single)) return false;
    if (OTHER_WORKS.has(word) || OTHER_WORKS.has(single)) other = true;
  }
  return other;
}

/**
 * 'strong' for a cue that makes any capitalised phrase a title; 'weak' or 'after' (a film word after it) for
 * one that confirms a known title. A film word inside the same capitalised run (from `runFirst`) is part of a
 * longer name, no cue: "Joy" in a chanted “Show Joy, Not Fear”.
 */
export function hasCue(tokens: Token[], s: number, e: number, text: string, runFirst: number, listed: () => boolean): 'strong' | 'weak' | 'after' | null {
  // The word before, hyphenated words whole ("spin-off", "follow-up").
  const word = s > runFirst ? undefined : wordBefore(text, tokens[s]!.start);
  if (word && word.includes('-') && CUE_WORDS.has(word)) return 'strong';
  const prev = s > runFirst ? undefined : tokens[s - 1];
  const prev2 = tokens[s - 2];
  if (yearInParentheses(text, tokens[e]!.end) && !otherWorksListedBefore(text, tokens[s]!.start)) return 'strong';
  // (A film word used as a verb is none: "polls show Sen. Reyes ahead", "the ads feature Reyes".)
  // ("the podcast series The Salt Tapes": a film word after another kind of work is that kind's.)
  // ("the station's morning programme Wake Up Lisboa": a news or talk programme is its guests' outlet, no show to list.)
  if (prev && CUE_WORDS.has(prev.normal) && !usedAsVerb(tokens, s - 1)) return formatOfOtherWork(prev2?.normal ?? '', prev.normal) || talkProgrammeKind(prev2, prev) ? null : 'strong';
  // "The film, A Quiet Harbour, follows …" (not a department after "of": "its head of drama, Ada Lenz,").
  // (Only a cue word in small letters: in a title-case headline, "… Over Documentary, Claims Defamation" lists phrases.)
  // ("In the drama, Ivo Lang plays a detective": a sentence's opening phrase ends at that comma; its subject follows.)
  if (prev?.text === ',' && prev2 && CUE_WORDS.has(prev2.normal) && /^\p{Ll}/u.test(prev2.text) && !usedAsVerb(tokens, s - 2) && tokens[s - 3]?.normal !== 'of' && !formatOfOtherWork(tokens[s - 3]?.normal ?? '', prev2.normal) && !OPENING_PHRASE_BEFORE.test(text.slice(Math.max(0, prev2.start - 60), prev2.start))) return 'strong';
  // ("who produced Low Tide, said the album's title track …": a record or a book is produced too.)
  if (prev && STRONG_VERB_CUES.has(prev.normal) && !(prev.normal === 'produced' && sentenceNamesOtherWork(text, tokens[s]!.start, tokens[e]!.end))) return 'strong';
  // "whose earlier films include Nightfall, Salt Road and The Long Field": each title of a list of films.
  if (listed()) return 'strong';
  if (prev && prev2 && prev.normal === 'in' && /^(starred|starring|appeared|appears|cameo|role)$/.test(prev2.normal)) return 'strong';
  if (prev?.normal === 'in' && afterPlayedLate(text, tokens, s, e)) return 'strong';
  // Emphasis marks around a title ("**Salt and Iron**, a documentary") are skipped.
  let a = e + 1;
  while (tokens[a] && (tokens[a]!.text[0] === '*' || tokens[a]!.text[0] === '_') && /^[*_]+$/.test(tokens[a]!.text)) a++;
  const after = tokens[a];
  if (after?.text === ',' && ARTICLES_AND_PERSON_POSSESSIVES.has(tokens[a + 1]?.normal ?? '')) {
    // "Night Ferry, the new thriller from …", "Salt and Iron, a ninety-minute documentary …"
    for (let k = a + 2; k < a + 8 && k < tokens.length; k++) {
      if (CUE_WORDS.has(tokens[k]!.normal)) return appositionNamesWork(tokens, k) ? 'strong' : null;
      if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'NUM' && tokens[k]!.text !== '-') break;
    }
  }
  // "the Harbor Lights sequel": only a film has a sequel, prequel, spin-off, remake or reboot.
  if (after && /^(?:sequel|prequel|spin-?off|remake|reboot)$/.test(after.normal) && !(after.normal === 'spin' && tokens[a + 1]?.text !== '-')) return 'strong';
  // "the 2019 film adaptation of The Glass Orchard": the film bears the book's name (the book alone is no film).
  if (prev?.normal === 'of' && /^adaptations?$/.test(prev2?.normal ?? '') && SCREEN_WORDS.has(tokens[s - 3]?.normal ?? '')) return 'strong';
  // "The Glass Orchard, which was adapted into a film in 2019": the film of that name.
  // (Only a work's name: "Her memoir about life in New Orleans, which was later made into a film" names a place.)
  if (after?.text === ',' && ADAPTED_INTO_SCREEN.test(text.slice(after.end, after.end + 60)) && SOURCE_WORK_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 150), tokens[s]!.start))) return 'strong';
  // "When Silver Monsoon released, …", "before Silver Monsoon premiered in March": a work that is released or
  // premieres with no object after it (a maker releases something: "when Apple released its phone").
  // ("When Grand Lane V released in 2013, it broke sales records": a game or a program is released too, so a
  // release needs a cinema in this sentence or the one before; only a premiere is the screen's alone.)
  if (after && /^(?:released|premiered)$/.test(after.normal) && RELEASE_CLAUSE_OPENERS.has(tokens[s - 1]?.normal ?? '') && releasedWithoutObject(tokens[a + 1]) && !sentenceNamesOtherWork(text, tokens[s]!.start, tokens[e]!.end) && (after.normal === 'premiered' || cinemaNear(text, tokens[s]!.start, after.end))) return 'strong';
  // "His Harbour Lights co-star Kim Ara": an owner's name of a work before "co-star" is the show or film they shared.
  if (after && /^co-?stars?$/.test(after.normal) && PERSON_POSSESSIVES.has(tokens[s - 1]?.normal ?? '')) return 'strong';
  // "the Chilean entry The Salt Bell": a nation's entry names its film (a person after it fails namesTitle's name test).
  if (prev?.normal === 'entry' && prev2 && cueLexicon().outletKindNationalities.has(prev2.text)) return 'strong';
  // "the movie musical Harbor Lights": a musical made for the screen (a musical alone is a stage work, no film).
  if (prev?.normal === 'musical' && SCREEN_WORDS.has(prev2?.normal ?? '')) return 'strong';
  // "the animated fable The Lantern Keeper", "an animated short Paper Kites": what is animated is a film.
  if (prev && prev.pos === 'NOUN' && prev.text === prev.normal && prev2?.normal === 'animated') return 'strong';
  // "Night Ferry, which stars Ana Ruiz": only a work stars someone.
  if (after?.text === ',' && SYNOPSIS_AFTER_TITLE.test(text.slice(after.end, after.end + 40))) return 'strong';
  // "the best director prize went to Ana Ruiz for Night Ferry": a festival prize won "for" a name is won for a film.
  if (prev?.normal === 'for' && prizeWonForFilm(text, tokens[s]!.start, tokens[s]!.text)) return 'strong';
  // "the season seven reunion of Harbor Hearts", "the finale of …": a season's event belongs to a show.
  if (prev?.normal === 'of' && SEASON_EVENT_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 60), tokens[s]!.start))) return 'strong';
  if (prev && VERB_CUES.has(prev.normal)) return 'weak';
  if (after && (CUE_WORDS.has(after.normal) || wordsAfterTitle().has(after.normal))) return 'after';
  return null;
}

const SEASON_EVENT_BEFORE = /\bseason(?:[ \t]+[\p{L}\d-]+)?[ \t]+(?:reunion|finale|premiere|opener)[ \t]+of[ \t]+$|\b(?:season|series)[ \t]+(?:[\p{L}\d-]+[ \t]+)?of[ \t]+$/u;

// (Not "starred in", which a building does, nor "tells the story of", which a museum does.)
const SYNOPSIS_AFTER_TITLE = /^\s*which\s+(?:also\s+)?(?:stars|co-stars)\s+\p{Lu}/u;
const PRIZE_WORDS: ReadonlySet<string> = new Set(workWords('prize_for_film'));
const FESTIVAL_WORDS: ReadonlySet<string> = new Set(workWords('festival_context'));
// An award's category, no film: "the award for Best Director", "for Outstanding Lead Actor".
const CATEGORY_OPENERS = /^(?:Best|Outstanding|Lifetime|Most|Excellence|Achievement|Services)$/;

/**
 * Whether the sentence before offset `at` (where "for" and a name follow) tells of a prize and of the cinema:
 * "won the Palme d’Or on Saturday for …", "the best director prize went to the filmmaker Ana Ruiz for …".
 * (A book or a record wins prizes too: the cinema word is what makes it a film.)
 */
export function prizeWonForFilm(text: string, at: number, firstWord: string): boolean {
  if (CATEGORY_OPENERS.test(firstWord)) return false;
  // ("won the jury award for New York": a place the prize honours or is won in.)
  const rest = /^(?:\p{Lu}[\p{L}'’.-]*[ \t]?)*/u.exec(text.slice(at, at + 60))![0].trim();
  if (isPlaceNotGivenName(rest) || isCityNotGivenName(rest)) return false;
  const before = text.slice(Math.max(0, at - 300), at).split(/[.!?]["”’]?\s+|\n/).pop() ?? '';
  const words = before.toLowerCase().split(/[^\p{L}-]+/u);
  return words.some((w) => PRIZE_WORDS.has(w)) && words.some((w) => FESTIVAL_WORDS.has(w));
}

const RELEASE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'before', 'after', 'since', 'until', 'once']);

/** Words of the cinema that show a work "released" is a film: "When X released, I hid in a theatre". */
const CINEMA_WORDS = /\b(?:films?|movies?|theatres?|theaters?|cinemas?|screens|multiplex(?:es)?|box[- ]office)\b/i;

/** Whether CINEMA_WORDS occur in the sentence around start..end or in the sentence before it. */
function cinemaNear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 400), start).split(/(?<=[.!?][”"’]?)\s+|\n/).slice(-2).join(' ');
  const after = text.slice(end, end + 200).split(/[.!?](?:\s+|$)|\n/)[0] ?? '';
  return CINEMA_WORDS.test(`${before} ${after}`);
}

/** Whether the token after "released"/"premiered" ends the clause or opens a time or place: no object follows. */
function releasedWithoutObject(next: Token | undefined): boolean {
  return !next || /^[,.;:!?)”"’]$/.test(next.text) || /^(?:in|on|at|last|this|worldwide|nationwide|globally)$/.test(next.normal);
}

export const ADAPTED_INTO_SCREEN = /^\s*(?:which|that)\s+(?:was|were|has\s+been|had\s+been|is\s+being|was\s+later|was\s+also)\s+(?:later\s+|also\s+)?(?:adapted|made)\s+into\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:film|movie|television\s+series|tv\s+series|series|miniseries)\b/iu;

/** Words for a work made again or abroad, before "of"/"to" and the work: "a remake of", "a sequel to". */
const REMADE_WORK_WORDS: ReadonlySet<string> = new Set(['remake', 'remakes', 'reboot', 'sequel', 'prequel', 'spin-off', 'spinoff']);
/** Countries' adjectives before "version of" a show: "the US version of". */
const VERSION_COUNTRIES: ReadonlySet<string> = new Set(['us', 'u.s.', 'american', 'british', 'uk', 'u.k.', 'french', 'korean', 'spanish', 'german', 'italian', 'australian', 'indian', 'japanese']);

/** Whether tokens[s] follows "a remake of", "a sequel to" or "the US version of". */
export function remadeOrAdapted(tokens: Token[], s: number): boolean {
  const prep = tokens[s - 1]?.normal;
  const noun = tokens[s - 2]?.normal ?? '';
  if ((prep === 'of' || prep === 'to') && REMADE_WORK_WORDS.has(noun)) return true;
  return prep === 'of' && noun === 'version' && VERSION_COUNTRIES.has(tokens[s - 3]?.normal ?? '');
}

/** A programme word after the kind of a talk or news programme: "morning programme", "breakfast show" (data/work-words.json). */
function talkProgrammeKind(kind: Token | undefined, programme: Token): boolean {
  return !!kind && PROGRAMME_NAMES.has(programme.normal) && TALK_PROGRAMME_KINDS.has(kind.normal);
}

const PROGRAMME_NAMES: ReadonlySet<string> = new Set(workWords('names_a_programme'));
const TALK_PROGRAMME_KINDS: ReadonlySet<string> = new Set(workWords('talk_programme_kind'));

/**
 * Whether the film word at k heads an apposition after a name ("Night Ferry, the new thriller"). Not when it
 * qualifies a person noun ("Rush Reyes, the veteran quiz-show host"), nor when it is a possessive owner:
 * "Kaisa Voller, the film's producer" and "the series' director" describe a person; the noun after the
 * possessive is the head, so "Night Ferry, the film's sequel" is still a work.
 */
function appositionNamesWork(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '';
  if (POSSESSIVE_ENDING.test(next)) return CUE_WORDS.has(tokens[k + 2]?.normal ?? '');
  // "filed Monday in Rome Civil Court, the film has caused …": an auxiliary after the noun makes it the
  // subject of the main clause, no apposition naming the run before the comma.
  if (tokens[k + 1]?.pos === 'AUX') return false;
  return !PEOPLE_OF_WORKS.has(tokens[k + 1]?.normal ?? '');
}

/**
 * "Maple Hollis, the daytime soap opera that has aired …": a format noun heading the apposition and a clause
 * or the sentence's end after it names a work even when the title opens on a given name (no person is "a
 * soap that aired"; "Ana Reyes, a documentary maker," goes on with a person's noun and is kept a person).
 */
export function formatAppositionAfter(tokens: Token[], e: number): boolean {
  if (tokens[e + 1]?.text !== ',' || !ARTICLES_AND_PERSON_POSSESSIVES.has(tokens[e + 2]?.normal ?? '') || PERSON_POSSESSIVES.has(tokens[e + 2]?.normal ?? '')) return false;
  for (let k = e + 3; k < e + 8 && k < tokens.length; k++) {
    if (!FORMAT_HEADS.has(tokens[k]!.normal)) continue;
    let after = k + 1;
    if (tokens[k]!.normal === 'soap' && tokens[after]?.normal === 'opera') after++;
    return FORMAT_APPOSITION_ENDS.has(tokens[after]?.normal ?? '.');
  }
  return false;
}

const FORMAT_HEADS: ReadonlySet<string> = new Set(['soap', 'sitcom', 'series', 'drama', 'miniseries', 'docuseries', 'telenovela', 'film', 'movie', 'documentary', 'show']);
const FORMAT_APPOSITION_ENDS: ReadonlySet<string> = new Set(['that', 'which', ',', '.', ';', 'about', 'set', 'starring', 'created', 'now', 'on', 'from']);

export const POSSESSIVE_ENDING = /^['’]s?$/;

// People named by the work they make or appear in: "the talk-show host", "the reality-show star".
const PEOPLE_OF_WORKS = new Set(['host', 'hosts', 'star', 'stars', 'creator', 'producer', 'director', 'writer', 'actor', 'actress', 'presenter', 'anchor', 'judge', 'contestant', 'winner', 'veteran', 'alum', 'personality', 'executive', 'critic', 'fan']);

/** A film word that is a verb here: tagged so, or after a plural noun, a pronoun or an auxiliary ("reports show"). */
function usedAsVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // The tagger reads "hit" after a compound or a possessive as a verb: "the prime-time hit", "Caracol's hit".
  // "his debut, Dust Road", "her show": after an owner's possessive the word is a noun, however tagged.
  if (/^(show|feature|hit|debut)$/.test(t.normal) && PERSON_POSSESSIVES.has(tokens[k - 1]?.normal ?? '')) return false;
  if (t.pos === 'VERB') return !afterCompoundOrPossessive(tokens, k);
  if (!/^(show|feature|hit|debut)$/.test(t.normal)) return false;
  const before = tokens[k - 1];
  return !!before && ((before.pos === 'NOUN' && /s$/.test(before.normal)) || before.pos === 'PRON' || before.pos === 'AUX' || before.normal === 'to');
}

/** Whether tokens[k] follows a hyphenated compound ("prime-time", "box-office") or an owner's "'s": a noun's modifiers. */
function afterCompoundOrPossessive(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  const touches = (left: Token | undefined, right: Token) => !!left && left.end === right.start;
  // An owner's "'s" written onto its noun: "Caracol" + "'s" + "hit".
  if (POSSESSIVE_ENDING.test(before.text) && touches(tokens[k - 2], before)) return true;
  // A hyphenated compound, three tokens with no space between: "prime" + "-" + "time" + "hit".
  const hyphen = tokens[k - 2];
  return hyphen?.text === '-' && touches(hyphen, before) && touches(tokens[k - 3], hyphen);
}

/** /^\s*\((?:19|20)\d\d\)/ on the eight characters from `at`, sliced only when a "(" opens them after white space. */
export function yearInParentheses(text: string, at: number): boolean {
  for (let k = at; k < at + 8 && k < text.length; k++) {
    if (text[k] === '(') return /^\s*\((?:19|20)\d\d\)/.test(text.slice(at, at + 8));
    if (!isWhiteSpace(text.charCodeAt(k))) return false;
  }
  return false;
}

/** A one-word title that is also an ordinary word ("Ballerina", "Up", "Speed") needs a cue. */
export function isOrdinary(t: Token): boolean {
  // A given name is an ordinary word here too ("Carrie", "Annie"): people carry it far more often.
  return t.pos !== 'PROPN' || t.normal.length <= 4 || genderOfFirstName(t.text) !== 'unknown';
}
