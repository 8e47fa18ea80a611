/** Bodies and organisations as speakers: a known body's name, "X of Y" bodies, one who speaks for a body, and a person's name before the body they work for. */
import type { Token } from '../types.js';
import { startsWithCapital } from '../text/boundaries.js';
import { recogniseOutlet } from '../lexicon/outlets.js';
import { DESCRIPTORS, INSTITUTION_WORDS, isRoleWord, NOT_NAMES, ORGANIZATION_HEADS, ORGANIZATION_TAILS } from '../nlp/words.js';
import { genderOfFirstName, isGivenNameToken, isHonorific, isRoyalTitle } from '../nlp/names.js';
import { hyphenInWord } from '../nlp/name-shapes.js';
import { inModelLexicon, winkInstance } from '../nlp/analyze.js';
import { isGovernedPlace } from '../nlp/governed-places.js';
import { isDayWord, isMonth, isTimeWord } from '../nlp/time-words.js';
import { isKnownOrganisation, isNameOfHead, isOfTailHead } from '../lexicon/organisations.js';
import { surnameOfNamedPerson } from './full-name-surnames.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { isKindNoun } from './apposition-heads.js';
import { joinedBodyHead } from './body-names.js';
import { description, isQuoteMark, sourceText, type SpeakerPhrase } from './speaker-phrase.js';

/** speaker.ts's classify, passed in so this file does not import speaker.ts. */
type Classify = (tokens: Token[], s: number, e: number) => SpeakerPhrase | null;

const isCap = (t: Token) => startsWithCapital(t.text);

/**
 * After a cue, the end (exclusive) of a body's name that tokens[k] ("for", "at", "of", "with") opens, or -1:
 * "said a spokesman for the Department of Health", "according to an official at Acme Corp.", "said the Bank
 * of England". The phrase before the cue reads these whole; after it the preposition would end the subject.
 * Only a small-letter noun for a person (not "said Ana Ruiz of Ohio", where the place is withoutPlaceOfOrigin's)
 * or a capitalised body's head before it, and capitalised words (after "the") as the body.
 */
export function describedBodyEnd(tokens: Token[], k: number, lo: number, hi: number): number {
  const before = tokens[k - 1];
  if (k <= lo || !before || !/^(for|at|of|with)$/.test(tokens[k]!.normal)) return -1;
  const personNoun = before.pos === 'NOUN' && !isCap(before) && isPersonNoun(before.normal) && tokens[k]!.normal !== 'of';
  const bodyHead = isCap(before) && (ORGANIZATION_HEADS.has(before.normal) || isNameOfHead(before.normal) || isOfTailHead(before.normal)) && /^(of|for)$/.test(tokens[k]!.normal);
  // ("said Pillars of Faith Church": a plural or dictionary word, "of" and a run ending in a body's tail word.)
  const wordHead = isCap(before) && tokens[k]!.normal === 'of' && commonWordBeforeOf(before) && !isRoleWord(before.normal);
  if (!personNoun && !bodyHead && !wordHead) return -1;
  if (!personNoun && !bodyHead) {
    // (A given name may open this body's run: "Pillars of Faith Church".)
    let tail = k + 1;
    while (tail < hi && tail < k + 1 + MAX_BODY_WORDS && isCap(tokens[tail]!) && !isQuoteMark(tokens[tail]!) && !isDayWord(tokens[tail]!.normal) && !isMonth(tokens[tail]!.normal)) tail++;
    return tail > k + 1 && ORGANIZATION_TAILS.has(tokens[tail - 1]!.normal) ? tail : -1;
  }
  let first = k + 1;
  if (tokens[first]?.normal === 'the') first++;
  let end = first;
  // (A given name ends the body, "at Korvel Bank Tom Reese", but not first after "the": "with the Red Cross".)
  while (end < hi && end < first + MAX_BODY_WORDS && isCap(tokens[end]!) && !isQuoteMark(tokens[end]!) && !(isGivenNameToken(tokens[end]!) && !(end === first && first > k + 1)) && !isDayWord(tokens[end]!.normal) && !isMonth(tokens[end]!.normal)) end++;
  if (end > first) return end;
  // "said a spokesman for the city", "according to an aide to the governor": a body or person in small letters after "the".
  if (!personNoun || first === k + 1) return -1;
  while (end < hi && end < first + 3 && tokens[end]!.pos === 'NOUN' && !isCap(tokens[end]!)) end++;
  const last = tokens[end - 1]!.normal;
  return end > first && !isTimeWord(last) && (ORGANIZATION_HEADS.has(last) || isNameOfHead(last) || isPersonNoun(last) || isGovernedPlace(last)) ? end : -1;
}

/**
 * The body named after the comma at tokens[comma] by "the" and capitalised words up to a noun, the next
 * comma or the clause's end ("the Marrow family", "the Haldane Brothers"), or null.
 */
export function bodyNamedAfterComma(tokens: Token[], comma: number, hi: number, classify: Classify): SpeakerPhrase | null {
  const the = comma + 1;
  if (tokens[the]?.normal !== 'the' || !tokens[the + 1] || !isCap(tokens[the + 1]!)) return null;
  let end = the + 1;
  while (end < hi && end < the + 6 && /^(PROPN|NOUN)$/.test(tokens[end]!.pos)) end++;
  if (end < hi && !/^(?:[,.;:)]|—|–)$/.test(tokens[end]!.text) && tokens[end]!.pos !== 'ADP') return null;
  const named = classify(tokens, the, end);
  return named?.kind === 'organization' && /^the\s+\p{Lu}/u.test(named.text) ? named : null;
}

/** Prepositions that end an apposition's head: what follows one is its complement, not the apposition's kind. */
const APPOSITION_PREPOSITIONS = /^(?:for|of|at|with|to|in|from|on|by)$/;

/**
 * Whether tokens[first..last] is "a/an/the", words in small letters and a kind of body (data/organisations.json
 * kind_nouns) last: "the Dutch dredging firm", "a jewellery brand". ("the firm's founder" ends in a person.)
 */
export function appositionIsBodyKind(tokens: Token[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 5 || !/^(a|an|the)$/.test(tokens[first]!.normal)) return false;
  // (A nationality may be capitalised before the noun: "the Dutch dredging firm".)
  for (let k = first + 1; k <= last; k++) if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) && !(k < last && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text))) return false;
  // (The kind noun must head the phrase: after a preposition it is whom the head serves, "a spokesman for the agency".)
  // (Another word tagged ADP counts only before a determiner: "an outside Republican group" is adjectival.)
  for (let k = first + 1; k < last; k++) if (APPOSITION_PREPOSITIONS.test(tokens[k]!.normal) || (tokens[k]!.pos === 'ADP' && tokens[k + 1]!.pos === 'DET')) return false;
  return isKindNoun(tokens[last]!.normal);
}

/** tokens[k, ne) with a title word at k (k between `s` and the name run's start `ns`) naming a known company: "General Mills". */
export function knownOrganisationRun(tokens: Token[], s: number, ns: number, ne: number): SpeakerPhrase | null {
  const k = ns - 1;
  if (k < s || !isCap(tokens[k]!) || !isRoleWord(tokens[k]!.normal)) return null;
  const name = sourceText(tokens, k, ne);
  // (Not one described as a person: "Dean Witter, the firm's founder, told …".)
  if (!isKnownOrganisation(name) || personApposition(tokens, ne)) return null;
  return { start: tokens[k]!.start, end: tokens[ne - 1]!.end, text: name, kind: 'organization', name, role: null, title: null };
}

/**
 * A known organisation's whole name as the phrase tokens[s, e) or its end: "the Red Cross" is the body; so is
 * "Doctors Without Borders" when small words split it before s and the phrase found is "Borders"; "a
 * spokesman for Save the Children" is a description of one who speaks for it.
 */
export function knownOrganisationPhrase(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  const from = tokens[s]!.normal === 'the' ? s + 1 : s;
  // (Known names run to a few words: a longer phrase is read from its last words only, so a run of
  // thousands of capitalised tokens costs no more than a short one.)
  // ("Apple TV+", "Disney+": a streaming brand's "+" glued to its last word is part of the name.)
  const plus = e - 1 > from && tokens[e - 1]!.text === '+' && tokens[e - 2]!.end === tokens[e - 1]!.start ? 1 : 0;
  if (from >= e || !isCap(tokens[e - 1 - plus]!) || e - from > MAX_BODY_WORDS) return null;
  for (let k = e - 1 - plus; k >= Math.max(0, from - 3); k--) {
    if (!isCap(tokens[k]!)) {
      if (/^(ADP|DET)$/.test(tokens[k]!.pos) && k > 0 && isCap(tokens[k - 1]!)) continue;
      if (k < from || !/^(for|of|at)$/.test(tokens[k]!.normal) || !isPersonNoun(tokens[k - 1]?.normal ?? '')) return null;
      // "a spokesman for Save the Children": the description, if what follows its "for" is a known body.
      const body = tokens[k + 1]!.normal === 'the' ? k + 2 : k + 1;
      return body < e && isKnownOrganisation(sourceText(tokens, body, e)) ? describedBy(tokens, s, e, k - 1) : null;
    }
    if (k > from) {
      // "the American Red Cross", "the Kenya Red Cross": a known body after its nation or place is that body's branch.
      if (isKnownOrganisation(sourceText(tokens, k, e)) && placeOrNationality(sourceText(tokens, from, k))) {
        const whole = sourceText(tokens, from, e);
        return { start: tokens[from]!.start, end: tokens[e - 1]!.end, text: whole, kind: 'organization', name: whole, role: null, title: null };
      }
      continue;
    }
    const name = sourceText(tokens, k, e);
    if (!isKnownOrganisation(name) || recogniseOutlet(name)) continue;
    // (Found before the phrase: the words before the name may make it a description's, as above.)
    const prep = k - 1 >= 2 && tokens[k - 1]!.normal === 'the' ? k - 2 : k - 1;
    if (k < from && prep >= 1 && /^(for|of|at)$/.test(tokens[prep]!.normal) && tokens[prep - 1]!.pos === 'NOUN' && isPersonNoun(tokens[prep - 1]!.normal)) {
      let d = prep - 1;
      while (d > 0 && /^(DET|ADJ)$/.test(tokens[d - 1]!.pos)) d--;
      return describedBy(tokens, d, e, prep - 1);
    }
    // ("Dean Witter, the firm's founder, told …": a listed firm's name described as a person is the person's.)
    if (k === from && personApposition(tokens, e)) return null;
    // ("Hans Siemens lost his barn. Siemens said …": the surname of a person the article names in full.)
    if (e - k === 1 && surnameOfNamedPerson(tokens, name)) return null;
    return { start: tokens[k]!.start, end: tokens[e - 1]!.end, text: name, kind: 'organization', name, role: null, title: null };
  }
  return null;
}

/** Whether a comma at tokens[e] opens a short description of a person closed by a comma: ", the firm's founder,", ", a nurse,". */
function personApposition(tokens: Token[], e: number): boolean {
  if (tokens[e]?.text !== ',' || !/^(a|an|the|its|his|her|their)$/.test(tokens[e + 1]?.normal ?? '')) return false;
  for (let k = e + 2; k < tokens.length && k <= e + 7; k++) {
    if (tokens[k]!.text !== ',') continue;
    return k > e + 2 && isPersonNoun(tokens[k - 1]!.normal) && !isCap(tokens[k - 1]!);
  }
  return false;
}

/** The description tokens[start, e) of one who speaks for a body, its role the noun at tokens[noun] if that is a role word. */
function describedBy(tokens: Token[], start: number, e: number, noun: number): SpeakerPhrase {
  const head = tokens[noun]!.normal;
  return { ...description(tokens, start, e), role: isRoleWord(head) ? head : null };
}

/** The most words a known body's name, with its nation or place, runs to ("the Kenya Red Cross Society"). */
const MAX_BODY_WORDS = 8;

/** "American", "British", "Kenya", "New Zealand": a nation's adjective or a known place's name. */
function placeOrNationality(words: string): boolean {
  const lex = cueLexicon();
  return lex.outletKindNationalities.has(words) || lex.placeNames.has(words);
}

/**
 * "the Committee on Ethics", "the University of Texas": the run [ns, ne) after "of"/"on"/"for" completes an
 * organisation's name (or a joined name's last part after "and": "the Department of Health and Human Services").
 */
export function organisationOfRun(tokens: Token[], s: number, ns: number, ne: number): SpeakerPhrase | null {
  // ("Officials from the Department of Health and Human Services": the run is a joined name's last part, body-names.ts.)
  const joined = ne > ns ? joinedBodyHead(tokens, s, ns, ne) : -1;
  // "the Central Association of the Harbour Pilots’ Guild": a body's own head, "of the" and the run.
  if (joined < 0 && ne > ns && ns - 3 >= s && tokens[ns - 1]!.normal === 'the' && tokens[ns - 2]!.normal === 'of' && isCap(tokens[ns - 3]!) && ORGANIZATION_HEADS.has(tokens[ns - 3]!.normal)) return organisationOfRun(tokens, s, ns - 1, ne);
  if (joined < 0 && !(ne > ns && ns - 2 >= s && /^(of|on|for)$/.test(tokens[ns - 1]!.normal) && isCap(tokens[ns - 2]!) && (ORGANIZATION_HEADS.has(tokens[ns - 2]!.normal) || ORGANIZATION_TAILS.has(tokens[ns - 2]!.normal) || tailAfterOf(tokens, ns - 2, ne) || ofHeadAfterArticle(tokens, ns - 2, s)))) return null;
  let os = joined >= 0 ? joined : ns - 2;
  while (os > s && isCap(tokens[os - 1]!) && !isRoleWord(tokens[os - 1]!.normal) && tokens[os - 1]!.normal !== 'the') os--;
  // "a spokesman for the Department of Health", "an official at the Bank of England": one who speaks for the
  // body, described by it, as "a spokesman for the city" is (PolNeAR names the whole description).
  const prep = tokens[os - 1]?.normal === 'the' ? os - 2 : os - 1;
  const noun = prep - 1;
  if (noun >= s && /^(for|at|with)$/.test(tokens[prep]!.normal) && tokens[noun]!.pos === 'NOUN' && !isCap(tokens[noun]!) && isPersonNoun(tokens[noun]!.normal)) return describedBy(tokens, s, ne, noun);
  const name = sourceText(tokens, os, ne);
  return { start: tokens[os]!.start, end: tokens[ne - 1]!.end, text: name, kind: 'organization', name, role: null, title: null };
}

/**
 * "the Port of Wexham Authority", "the Society of Arts Trust": a capitalised word at tokens[k], "of" and a run
 * that ends in an organisation's tail word name one body, though the word before "of" is no head of its own.
 * (No role or given name before "of": "Director of Parks Authority", "Ana of Wexham Authority"; and a word no
 * article opens is a body's head word or a surname: "Reyes of Harbour Bank said" is Reyes, of the bank.)
 */
function tailAfterOf(tokens: Token[], k: number, ne: number): boolean {
  const t = tokens[k]!;
  if (!ORGANIZATION_TAILS.has(tokens[ne - 1]!.normal) || isRoleWord(t.normal) || isGivenNameToken(t) || t.pos === 'PRON') return false;
  return isOfTailHead(t.normal) || commonWordBeforeOf(t) || /^(the|a|an)$/.test(tokens[k - 1]?.normal ?? '');
}

/**
 * "the Port of Harlow Bay", "the U.S. Chamber of Commerce": a body's head before "of" (data/organisations.json
 * of_tail_heads) after "the", maybe past capitalised words, names the body whatever ends the run: a person's
 * surname takes no article ("Dana Port of Harlow Bay" is Dana Port).
 */
function ofHeadAfterArticle(tokens: Token[], k: number, s: number): boolean {
  const t = tokens[k]!;
  if (!isOfTailHead(t.normal) || isGivenNameToken(t)) return false;
  let b = k - 1;
  while (b >= s && b > k - 4 && isCap(tokens[b]!) && tokens[b]!.normal !== 'the' && !isRoleWord(tokens[b]!.normal) && !isGivenNameToken(tokens[b]!)) b--;
  return b >= s && tokens[b]!.normal === 'the';
}

/**
 * "Knights of Columbus …", "Heart of England …", "Voices of Hope …": a plural or a dictionary word before "of"
 * opens a body's name, no surname ("Reyes of …", "Okafor of …"). A dictionary word is one the tagger's lexicon
 * holds in its own base form: "heart" is, "reyes" is held but stems to "rey", a name's shape, not a word's.
 */
function commonWordBeforeOf(t: Token): boolean {
  const nlp = winkInstance();
  const w = t.normal;
  const lemma = nlp.readDoc(w).tokens().out(nlp.its.lemma as never)[0] as string | undefined;
  if (lemma && lemma !== w && inModelLexicon(lemma)) return true;
  const stem = nlp.readDoc(w).tokens().out(nlp.its.stem as never)[0] as string | undefined;
  return inModelLexicon(w) && stem === w;
}

/**
 * The end of a person's name before "of the" or "from the" and a body named in small letters ending the span:
 * "Meteorologist Ana Ruiz of the weather service", "Tom Baines from the geological survey", "Tom Weller of the city's
 * parks department". The name is the
 * speaker; the body only says where they work. Otherwise `e`.
 */
export function withoutBodyInSmallLetters(tokens: Token[], s: number, e: number): number {
  const words = smallLetterWordsBefore(tokens, s, e);
  let m = e - words - 1;
  // ("of the city's parks department", "of the county's health office": a possessive owner in small letters.)
  if (words && m - 2 > s && /^['’]s$/.test(tokens[m]!.normal) && /^\p{Ll}+$/u.test(tokens[m - 1]!.text) && tokens[m - 1]!.pos === 'NOUN') m -= 2;
  if (!words || m - 2 < s || tokens[m]!.normal !== 'the' || !/^(of|from)$/.test(tokens[m - 1]!.normal) || !isCap(tokens[m - 2]!)) return e;
  let first = m - 2;
  while (first > s && isCap(tokens[first - 1]!) && !isRoleWord(tokens[first - 1]!.normal) && !DESCRIPTORS.has(tokens[first - 1]!.normal)) first--;
  const end = m - 1;
  if (end - first < 2 || end - first > 3) return e;
  return genderOfFirstName(tokens[first]!.text) !== 'unknown' || personalNameRun(tokens, s, first, end) ? end : e;
}

/**
 * "Reyes of Harbour Bank", "Okafor of Meridian Health Trust": one capitalised word that is no body's head
 * (tailAfterOf), then "of" and a capitalised run ending in a body's tail word: a surname, then the body the
 * person speaks for. The end of the name, else e.
 */
export function withoutBodyAfterSurname(tokens: Token[], s: number, e: number): number {
  if (e - s < 4 || tokens[s + 1]!.normal !== 'of' || !isCap(tokens[s]!) || tokens[s]!.pos !== 'PROPN' || !ORGANIZATION_TAILS.has(tokens[e - 1]!.normal)) return e;
  for (let k = s + 2; k < e; k++) if (!isCap(tokens[k]!)) return e;
  const t = tokens[s]!;
  return isRoleWord(t.normal) || isOfTailHead(t.normal) || commonWordBeforeOf(t) || ORGANIZATION_HEADS.has(t.normal) || ORGANIZATION_TAILS.has(t.normal) || DESCRIPTORS.has(t.normal) ? e : s + 1;
}

/** How many words in small letters (one to three, the last a noun) end the span tokens[s, e); 0 if none. */
function smallLetterWordsBefore(tokens: Token[], s: number, e: number): number {
  let n = 0;
  while (n < 3 && e - n - 1 > s && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[e - n - 1]!.text) && /^(NOUN|ADJ|VERB)$/.test(tokens[e - n - 1]!.pos) && tokens[e - n - 1]!.normal !== 'the') n++;
  return n > 0 && tokens[e - 1]!.pos === 'NOUN' ? n : 0;
}

/**
 * "Tamsin Achterberg of Bernstein": tokens[first, m) open the phrase at `s` and are two or three
 * capitalised words with no title, descriptor, institution, royal or place word among them, so a
 * given name the lexicon does not know ("Tamsin") still opens a person's name before "of"; a body's
 * own name ("Royal Bank of Scotland", "Grand Duke of Lindavia", "New York of …") keeps its "of".
 */
export function personalNameRun(tokens: Token[], s: number, first: number, m: number): boolean {
  // ("Professor Tamsin Achterberg of …", "Dr. …": a title before the run names a person all the more.)
  // (A hyphenated surname is one word of the name: "Margaux Delisle-Fortin of …"; its parts are checked as words.)
  const run = tokens.slice(first, m).filter((_, k) => !hyphenInWord(tokens, first + k));
  const words = run.length - (m - first - run.length);
  if (!titlesOnly(tokens, s, first) || words < 2 || words > 3) return false;
  if (!run.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && t.pos === 'PROPN')) return false;
  // ("Silver Lake of …", "Grand Rapids of …": a word that makes place names, cues.json place_name_words.)
  const placeWords = cueLexicon().placeNameWords;
  if (run.some((t) => isRoleWord(t.normal) || DESCRIPTORS.has(t.normal) || ORGANIZATION_HEADS.has(t.normal) || ORGANIZATION_TAILS.has(t.normal) || INSTITUTION_WORDS.has(t.normal) || isRoyalTitle(t.text) || NOT_NAMES.has(t.normal) || placeWords.has(t.normal))) return false;
  return !cueLexicon().placeNames.has(sourceText(tokens, first, m)) && !cueLexicon().placeNames.has(run[0]!.text);
}

/** tokens[s, first) are nothing or only a person's titles ("Professor", "Dr.", "Ms"). */
function titlesOnly(tokens: Token[], s: number, first: number): boolean {
  return tokens.slice(s, first).every((t) => t.text === '.' || isRoleWord(t.normal.replace(/\.$/, '')) || isHonorific(t.normal.replace(/\.$/, '')));
}
