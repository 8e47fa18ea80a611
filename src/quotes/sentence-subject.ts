import type { MarkedSpan, Sentence, Token } from '../types.js';
import { lookupOutlet, maxOutletWords } from '../lexicon/outlets.js';
import { isNameOfHead } from '../lexicon/organisations.js';
import { genderOfFirstName, isGivenNameToken, isParticle } from '../nlp/names.js';
import { ORGANIZATION_HEADS, PERSONAL_SUBJECTS, POSSESSIVE_PRONOUNS, SIMULTANEOUS_CONTRASTS, SUBORDINATORS } from '../nlp/words.js';
import { isDayWord, isTimeDegreeAdverb, isTimeWord } from '../nlp/time-words.js';
import { classify, description, hyphenInWord, phraseEndingAt, hyphenatedCapitalAt, REFLEXIVES, isQuoteMark, personLike, sourceText, subjectBefore, surnameAfterGivenName, tokenAt, type SpeakerPhrase } from './speaker.js';
import { bodyFieldEnd } from './classify-phrase.js';
import { verblessPrepositionOpening } from './speaker-phrase.js';
import { datelineLength } from '../text/dateline.js';
import { isParticiple } from './fronted-participle.js';
import { TokenView } from './token-view.js';
import { pickedOneEnd } from './quantified-speakers.js';
import { type Frame } from './frame-types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { cueLemma } from './find-cue.js';

// The subject of a sentence or clause, read as a speaker when no phrase stands next to the cue.

/** "According to …" opening a sentence at tokens[start]. */
export function accordingOpener(tokens: Token[], start: number): boolean {
  return tokens[start]?.normal === 'according' && tokens[start + 1]?.normal === 'to';
}

/** The first token after the dateline a sentence opens with, or its first token when it has none. */
export function afterDateline(view: TokenView, sentence: Sentence): number {
  const length = datelineLength(view.doc.article.text, sentence.start);
  return length ? view.tokenAtOrAfter(sentence.start + length) : sentence.tokenStart;
}

/**
 * "who", "which", "that" opening a relative clause after the subject's noun ("A stunt performer who fell …"), and
 * "whose", which the tagger reads as a determiner ("A farmer whose land …").
 */
export const relativeWord = (t: Token) => (t.pos === 'PRON' && /^(who|whom|whose|which|that)$/.test(t.normal)) || t.normal === 'whose';

/**
 * A verb inside an opening phrase that is no verb of the sentence: a participle right after the phrase's noun,
 * describing it ("In an excerpt published by Vogue this week, X …", "In an essay written for the Ledger, …"),
 * or the "ed" of "op-ed", glued to its word by a hyphen. (Not "In Dayton police arrested him, …": there the
 * verb takes an object, no preposition or time word. A clause opener's own verb may pass too, "As voters went
 * to the polls, the campaign …": the subject looked for is still the one after its comma.) Also the
 * participle that closes a "with" opener: "With six minutes left, X …".
 */
function describesOpenerNoun(tokens: Token[], k: number): boolean {
  if (hyphenInWord(tokens, k - 1)) return true;
  const next = tokens[k + 1];
  const t = tokens[k]!;
  const afterNoun = tokens[k - 1]?.pos === 'NOUN' || hyphenInWord(tokens, k - 2);
  const pastForm = /(?:ed|en)$/.test(t.normal) || (t.lemma !== t.normal && !/(?:s|ing)$/.test(t.normal));
  // ("With six minutes left, X …", "With the votes counted, …": a participle closing a "with" opener before its comma.)
  const withOpener = next?.text === ',' && tokens.slice(Math.max(0, k - 5), k).some((w) => w.normal === 'with' && w.pos === 'ADP');
  return afterNoun && pastForm && !!next && (next.pos === 'ADP' || isDayWord(next.normal) || isTimeWord(next.normal) || withOpener);
}

/** sentenceSubject's answers with its defaults (a person-like speaker, not over a clause), per view, by token. */
const subjectsAt = new WeakMap<TokenView, Map<number, SpeakerPhrase | null>>();

/**
 * The noun phrase a sentence opens with, up to its first verb. The answer with the defaults depends on the
 * article and the token alone, and about two asks in five repeat one (a cue's frame, then the pronouns and
 * the cueless quotations after it), so each is worked out once per article.
 */
export function sentenceSubject(view: TokenView, token: number, speaks: (description: SpeakerPhrase) => boolean = personLike, overClause = false): SpeakerPhrase | null {
  if (speaks !== personLike || overClause) return findSentenceSubject(view, token, speaks, overClause);
  let answers = subjectsAt.get(view);
  if (!answers) {
    answers = new Map();
    subjectsAt.set(view, answers);
  }
  let subject = answers.get(token);
  if (subject === undefined) {
    subject = findSentenceSubject(view, token, speaks, overClause);
    answers.set(token, subject);
  }
  // A copy, as a fresh answer would be: a caller may keep or change what it gets (see classify).
  return subject && { ...subject };
}

function findSentenceSubject(view: TokenView, token: number, speaks: (description: SpeakerPhrase) => boolean, overClause: boolean): SpeakerPhrase | null {
  const tokens = view.tokens;
  const sentence = view.sentence(token);
  let start = sentence.tokenStart;
  // "“… slower now. I had to practise,” Lee said, adding that …": a sentence that opens inside a quotation
  // has its first words from the quotation; they are no subject of the words after its closing mark.
  if (opensInsideQuotation(view, start, token)) return null;
  // "DENVER (AP) — Ray Colton said …": a dateline is no subject.
  start = Math.max(start, afterDateline(view, sentence));
  // "In recent months, Dorsey has …" / "During the speech, she …": step over an opening adverbial phrase.
  // "Addressing a crowd in Dayton, Ohio, Hadley went …": the subject is the name before the
  // first verb that follows a noun, after the last comma of the opening phrase.
  const opener = tokens[start];
  // ("According to the Gazette, Reed called …" too: the subject follows the source's comma.)
  // ("Here in Dover, Reed went …", "Back at the hall, she …": an adverb opening a place phrase too.)
  const placeOpener = opener?.pos === 'ADV' && tokens[start + 1]?.pos === 'ADP';
  // ("After saying her knee was sore, she …", "Before leaving office, Reed …": a preposition's gerund clause
  // has verbs of its own before the comma; the subject is after the comma, as after a participle.)
  const gerundOpener = opener?.pos === 'ADP' && tokens[start + 1]?.pos === 'VERB' && tokens[start + 1]!.normal.endsWith('ing');
  // ("When asked whether …, Reed smiled and …": a subordinator the tagger reads as an adverb, then a participle,
  // opens a reduced clause whose verbs come before the comma, as a participle opener does.)
  const reducedClause = opener?.pos === 'ADV' && SUBORDINATORS.has(opener.normal) && tokens[start + 1]?.pos === 'VERB' && /(ed|ing)$/.test(tokens[start + 1]!.normal);
  // ("Told that Okafor viewed him …, he shrugged": a participle not in -ed opens such a clause too.)
  const participleOpener = !!opener && isParticiple(opener);
  // ("Before the credits rolled, Harrow …", "When the lights came up, she …": a subordinate clause has a subject
  // and verb of its own before its comma; the sentence's subject is after the comma. Only when asked for, as a
  // pronoun's antecedent is: the reports and frames read the clause as before.)
  const subordinateClause = overClause && !!opener && SUBORDINATORS.has(opener.normal) && /^(ADP|SCONJ|ADV)$/.test(opener.pos);
  if (opener && (/^(ADP|SCONJ)$/.test(opener.pos) || placeOpener || reducedClause || subordinateClause || participleOpener || accordingOpener(tokens, start))) {
    let lastComma = -1;
    let commaBefore = -1;
    let openerComma = -1;
    for (let k = start + 1; k < Math.min(sentence.tokenEnd, start + 20); k++) {
      if (tokens[k]!.text === ',') {
        openerComma = commaBefore;
        commaBefore = lastComma;
        lastComma = k;
      } else if (openerComma >= 0 && lastComma === k - 1 && tokens[k - 2]!.pos === 'PROPN' && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && appositionBetweenCommas(tokens, commaBefore)) {
        // "Writing in the Gazette, the paper's critic, Nina Hale, gave …": a description and the name set off
        // by commas after the opener's, then the verb; the subject is the description the name names.
        start = openerComma + 1;
        break;
      } else if (openerComma >= 0 && lastComma === k - 1 && commaBefore === k - 3 && tokens[k - 2]!.pos === 'NUM' && tokens[k - 4]?.pos === 'PROPN' && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX')) {
        // "In the district, Mehmet Demir, 52, stood …": an age in commas after the name; the subject is the name.
        start = openerComma + 1;
        break;
      } else if (lastComma >= 0 && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && /^(PROPN|NOUN|PRON)$/.test(tokens[k - 1]!.pos)) {
        // "On Sunday, Sen. Ana Kell, who lost the primary, named …": a relative clause right after its comma
        // describes the subject between the commas before it.
        const relative = k - 1 === lastComma + 1 && /^(who|which)$/.test(tokens[k - 1]!.normal);
        if (relative && commaBefore < 0) continue;
        start = (relative ? commaBefore : lastComma) + 1;
        // (A comma inside a quoted title closes with its mark: On "Meet the Town," Kell …)
        while (start < k && isQuoteMark(tokens[start]!)) start++;
        break;
      } else if (lastComma < 0 && opener.pos !== 'VERB' && !gerundOpener && !reducedClause && !subordinateClause && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !describesOpenerNoun(tokens, k)) break;
    }
  }
  let e = start;
  // "Meanwhile, it attacked …": step over a sentence adverb.
  if ((tokens[e]?.pos === 'ADV' || openingParticiple(tokens, e)) && tokens[e + 1]?.text === ',') e += 2;
  // "Right afterward, Lee …" / "Not surprisingly, she …": an opening phrase of adverbs alone, too.
  else if (adverbsBeforeComma(tokens, e)) e = adverbsBeforeComma(tokens, e);
  // "Days later, Ramos …" / "Two weeks ago, she …": step over an opening time phrase.
  else e = afterTimeOpener(tokens, e, sentence.tokenEnd);
  // "Then Reed went on the attack, saying …", "And then she …": opening adverbs with no comma before the subject.
  e = afterOpeningAdverbs(tokens, e);
  // "He then turned …": a pronoun subject ends at the pronoun; an adverb ends any subject.
  if (tokens[e]?.pos === 'PRON') {
    const p = classify(tokens, e, e + 1);
    if (p) return p;
  }
  start = e;
  // ("One of them, who asked not to be named, said …": one picked out of a group is the subject a later he or she
  // continues; read only for a pronoun's antecedent, as a subordinate clause is.)
  const picked = overClause ? pickedOneEnd(tokens, start) : -1;
  if (picked > start && (tokens[picked]?.text === ',' || /^(VERB|AUX)$/.test(tokens[picked]?.pos ?? ''))) return description(tokens, start, picked);
  // A hyphen inside a word ("Park Min-jun") is part of the name, and so is the word before it in a
  // hyphenated noun ("His now-wife", where the tagger reads "now" as an adverb; not "on-again").
  const glued = (k: number) => (k > start && hyphenInWord(tokens, k)) || (hyphenInWord(tokens, k + 1) && /^(NOUN|PROPN)$/.test(tokens[k + 2]?.pos ?? ''));
  // "Time Out New York's Dev Rana gave …": a known outlet's name is whole, whatever the tagger reads "Out" as.
  e = pastOutletName(tokens, start, token);
  // "Ortega himself was …": a reflexive after the subject repeats it.
  // … and so is a surname the tagger read as a verb ("Tom Will reignited …", see surnameAfterGivenName).
  while (e < token && e < start + 8 && (!/^(VERB|AUX|PUNCT|ADP|SCONJ|ADV)$/.test(tokens[e]!.pos) || glued(e) || surnameAfterGivenName(tokens, e, start) || capitalisedInsideName(tokens, e, start) || ofInBodyName(tokens, e, start) || particleOfSurname(tokens, e) || pluralPossessiveMark(tokens, e, start)) && !(e > start && REFLEXIVES.test(tokens[e]!.normal)) && !(e > start && relativeWord(tokens[e]!))) {
    // "Okafor addresses her brother …": a noun phrase does not run on through a possessive; the word before it is the verb.
    if (verbBeforePossessive(tokens, e, start)) {
      e--;
      break;
    }
    e++;
  }
  // ("The former world championship challenger Ruslan Dvoretsky-Kahn said …": the length cap never cuts a
  // hyphenated word in two; its parts after the cap are still the name's.)
  while (e < token && e > start && (hyphenInWord(tokens, e) || hyphenInWord(tokens, e - 1))) e++;
  // "Lynch said she …": a capitalised word the tagger read as a verb, right before the verb, is a name.
  if (e === start && e < token && tokens[e]!.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(tokens[e]!.text) && /^(VERB|AUX)$/.test(tokens[e + 1]?.pos ?? '')) e++;
  if (e === start) return null;
  // ("The city's chamber of commerce said …": a body's head in small letters runs on with its field.)
  e = bodyFieldEnd(tokens, e, token);
  let phrase = classify(tokens, start, e);
  // "The screen rights to Glimmers were …", "A spokesman for Tom Reed was …": a name after a noun and its
  // preposition modifies that noun; the subject is the description.
  if (phrase && phrase.kind === 'person' && tokens.slice(start, tokenAt(tokens, phrase.start, e)).some((t, k, run) => t.pos === 'ADP' && k > 0 && run[k - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(run[k - 1]!.text))) {
    phrase = description(tokens, start, e);
  }
  // "Her old partner, the singer Tomas Ruiz, presented …": a description the apposition names is that person.
  // (… also after the role's own "of"/"for" phrase: "Kenya's minister of tourism, Amina Odhiambo, thanked …".)
  // (… also past a reflexive repeating the description: "The bride herself, Mia Sol, also wrote …".)
  const afterReflexive = REFLEXIVES.test(tokens[e]?.normal ?? '') && tokens[e + 1]?.text === ',' ? e + 1 : e;
  if (phrase?.kind === 'anonymous') phrase = namedInApposition(tokens, pastRoleComplement(tokens, afterReflexive, token), token) ?? phrase;
  // "The studio's union, the Ironbark Workers Guild, which …, called …": a body described by its kind speaks as its name.
  if (phrase?.kind === 'organization') phrase = bodyNamedInApposition(tokens, phrase, e, token) ?? phrase;
  return phrase && (phrase.kind !== 'anonymous' || speaks(phrase)) ? phrase : null;
}

/**
 * The first quotation mark in tokens[start, limit), after words, closes a quotation that opened before the
 * sentence at `start`: the sentence opens inside that quotation. Whether a mark opens or closes is read from
 * the quotation spans paired over the paragraph, not from the word before it: a straight mark after a
 * comma opens one in `The spokesman said, "We are ready," adding …` as “ does.
 */
function opensInsideQuotation(view: TokenView, start: number, limit: number): boolean {
  const tokens = view.tokens;
  for (let k = start; k < limit; k++) {
    if (!isQuoteMark(tokens[k]!)) continue;
    if (k <= start + 1) return false;
    const earliestOpen = earliestOpenByClose(view.doc.marked).get(tokens[k]!.start);
    return earliestOpen !== undefined && earliestOpen < tokens[start]!.start;
  }
  return false;
}

const OPEN_BY_CLOSE = new WeakMap<readonly MarkedSpan[], Map<number, number>>();

/**
 * For each closing mark's offset, the earliest opening mark of a quotation it closes. Built once per
 * article: scanning every quotation for each sentence subject grew with the square of the quotations.
 */
function earliestOpenByClose(marked: readonly MarkedSpan[]): Map<number, number> {
  let byClose = OPEN_BY_CLOSE.get(marked);
  if (!byClose) {
    byClose = new Map();
    for (const span of marked) {
      const known = byClose.get(span.close);
      if (known === undefined || span.open < known) byClose.set(span.close, span.open);
    }
    OPEN_BY_CLOSE.set(marked, byClose);
  }
  return byClose;
}

/**
 * The comma closing a short "of"/"for" phrase (up to three words; or "in"/"at"/… of common words) at tokens[k] that completes the role
 * noun before it ("minister of tourism,", "head of the union,"), else k.
 */
function pastRoleComplement(tokens: Token[], k: number, limit: number): number {
  // ("Her co-star in the original film, Tobias Renn,": a short phrase of common words that places the role, too;
  // not one with a name, "A worker in Dayton, Ohio,", whose comma closes a place.)
  const placing = /^(in|on|at|from|with)$/.test(tokens[k]?.normal ?? '') && tokens[k - 1]?.pos === 'NOUN';
  if (!/^(of|for)$/.test(tokens[k]?.normal ?? '') && !placing) return k;
  // (A plural possessive's apostrophe is no word of its own: "head of the growers' union,".)
  let reach = k + 4;
  for (let j = k + 1; j < limit && j <= reach; j++) {
    if (tokens[j]!.text === ',') return j > k + 1 ? j : k;
    if (pluralPossessiveMark(tokens, j, k + 1)) {
      reach++;
      continue;
    }
    if (!(placing ? /^(DET|ADJ|NOUN)$/ : /^(DET|ADJ|NOUN|PROPN|CCONJ)$/).test(tokens[j]!.pos)) return k;
  }
  return k;
}

/**
 * tokens[k] is a possessive determiner ("her brother") right after a word in small letters that follows
 * the subject's first word: that word is a verb the tagger read as a plural noun ("Okafor addresses her
 * brother", "The firm plans its …").
 */
function verbBeforePossessive(tokens: Token[], k: number, start: number): boolean {
  const prev = tokens[k - 1];
  return k - 1 > start && POSSESSIVE_PRONOUNS.has(tokens[k]!.normal) && tokens[k]!.pos === 'PRON' && !!prev && prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.text) && /^(NOUN|ADJ|PROPN)$/.test(tokens[k + 1]?.pos ?? '');
}

/** Where a gazetteer outlet name of two or more words opening at tokens[start] ends (before `limit`), or `start`. */
function pastOutletName(tokens: Token[], start: number, limit: number): number {
  for (let e = Math.min(limit, start + maxOutletWords() + 1); e > start + 1; e--) {
    if (/^\p{Lu}/u.test(tokens[e - 1]!.text) && lookupOutlet(sourceText(tokens, start, e))) return e;
  }
  return start;
}

/**
 * A capitalised word between two others inside a name, whatever the tagger read it as: "the Danish Met Office
 * warned" ("Met" read as a verb) — the name runs on to "Office".
 */
/**
 * tokens[k] is a surname particle in small letters before a capitalised name ("But von Albrecht appeared …",
 * "de la Cruz was …"): part of the name, though the tagger reads it as a preposition.
 */
function particleOfSurname(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && tokens[j] && isParticle(tokens[j]!.text) && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
  return j > k && !!tokens[j] && /^\p{Lu}/u.test(tokens[j]!.text) && /^(PROPN|NOUN)$/.test(tokens[j]!.pos);
}

/** tokens[k] is the apostrophe of a plural possessive inside the subject: "The dockers’ union sued …". */
function pluralPossessiveMark(tokens: Token[], k: number, start: number): boolean {
  return k > start && /^['’]$/.test(tokens[k]!.text) && /s$/i.test(tokens[k - 1]!.text) && /^(NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
}

/**
 * tokens[k] is the "of" (or its "the") of a body's capitalised name, after the body's head and before a capitalised
 * word: "The Westland Chamber of Commerce, calling …", "the Association of the Hill Farmers". No person's name
 * runs on through "of", so the head word must be a body's ("The Mayor of Dover" is left to the roles).
 */
function ofInBodyName(tokens: Token[], k: number, start: number): boolean {
  const cap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  const of = tokens[k]!.normal === 'the' ? k - 1 : k;
  if (of <= start || tokens[of]!.normal !== 'of' || !cap(tokens[of - 1]) || !(ORGANIZATION_HEADS.has(tokens[of - 1]!.normal) || isNameOfHead(tokens[of - 1]!.normal))) return false;
  const next = tokens[of + 1]?.normal === 'the' ? tokens[of + 2] : tokens[of + 1];
  return cap(next) && next!.type === 'word';
}

function capitalisedInsideName(tokens: Token[], k: number, start: number): boolean {
  const cap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  return k > start && cap(tokens[k - 1]) && cap(tokens[k]) && cap(tokens[k + 1]) && /^(PROPN|NOUN)$/.test(tokens[k + 1]!.pos);
}

/**
 * The person an apposition between the comma at tokens[comma] and a second comma names, when a verb
 * follows it: ", the singer Tomas Ruiz, presented". Null for any other phrase.
 */
function namedInApposition(tokens: Token[], comma: number, limit: number): SpeakerPhrase | null {
  if (tokens[comma]?.text !== ',' || !appositionBetweenCommas(tokens, comma)) return null;
  let close = comma + 1;
  while (close < limit && tokens[close]!.text !== ',') close++;
  let s = close;
  // (A hyphen inside a surname is part of the name: ", Simone Okoro-Lind,".)
  while (s > comma + 1 && (tokens[s - 1]!.pos === 'PROPN' || (hyphenatedCapitalAt(tokens, s - 1) && tokens[s - 2]?.pos === 'PROPN'))) s--;
  // (A name after a preposition is a place or body the description is from: ", the singer from Port Elwin,".)
  // "One analyst, Ana Roy of Kell Securities, pressed …": unless a name opens the apposition, and the place or
  // body after its preposition is where that person is from.
  if (s > comma + 1 && tokens[s - 1]!.pos === 'ADP' && /^(of|from|at)$/.test(tokens[s - 1]!.normal)) {
    const own = nameBeforeAffiliation(tokens, comma + 1, s - 1);
    if (own) return own;
  }
  // (… whatever words the body's name has: ", Tomás Echeverría of the Scripps Institution of Oceanography,"; the
  // first preposition after the opening name ends it.)
  let prep = comma + 1;
  while (prep < close && (tokens[prep]!.pos === 'PROPN' || hyphenatedCapitalAt(tokens, prep))) prep++;
  if (prep < close && prep < s - 1 && tokens[prep]!.pos === 'ADP' && /^(of|from|at)$/.test(tokens[prep]!.normal)) {
    const own = nameBeforeAffiliation(tokens, comma + 1, prep);
    if (own) return own;
  }
  if (s === close || tokens[s - 1]!.pos === 'ADP') return null;
  const named = classify(tokens, s, close);
  return named?.kind === 'person' ? named : null;
}

/**
 * The body a described body's apposition names, "the" and a proper name between commas, when a verb or a
 * relative clause follows: "The hospital's union, the Allied Nurses Federation, said", "…, which was formed in
 * 2023, called". Null for a described body's other asides ("the largest in the region") and for a named subject.
 */
function bodyNamedInApposition(tokens: Token[], subject: SpeakerPhrase, comma: number, limit: number): SpeakerPhrase | null {
  if (!/^(?:the|its|his|her|their)\s|['’]s\s/i.test(subject.text)) return null;
  if (tokens[comma]?.text !== ',' || tokens[comma + 1]?.normal !== 'the') return null;
  let close = comma + 2;
  while (close < limit && tokens[close]!.pos === 'PROPN') close++;
  const after = tokens[close + 1];
  if (close === comma + 2 || tokens[close]?.text !== ',' || !after) return null;
  if (!/^(VERB|AUX)$/.test(after.pos) && !/^(who|which)$/.test(after.normal)) return null;
  const named = classify(tokens, comma + 2, close);
  return named?.kind === 'organization' ? named : null;
}

/** A person's name filling tokens[from, prep) exactly, the words before an apposition's "of"/"from"/"at". */
function nameBeforeAffiliation(tokens: Token[], from: number, prep: number): SpeakerPhrase | null {
  for (let k = from; k < prep; k++) if (tokens[k]!.pos !== 'PROPN' && !hyphenatedCapitalAt(tokens, k)) return null;
  if (prep - from < 2) return null;
  const named = classify(tokens, from, prep);
  // (A full name, not a title's word alone: "Professor Emeritus of Harbourside University" names no one.)
  return named?.kind === 'person' && /\s/.test(named.name ?? '') ? named : null;
}

/**
 * "Frustrated, Lee said …" / "Undeterred, she …": a participle alone before a comma, whatever the tagger
 * read it as (not "Reed, …", nor a name its apposition follows: "Hameed, the union leader, walked out").
 */
function openingParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.text.length > 5 && /ed$/.test(t.normal) && !isGivenNameToken(t) && !appositionBetweenCommas(tokens, k + 1);
}

/** The token after "ADV ADV ," opening at tokens[k] (two or three adverbs, then a comma), else 0. */
function adverbsBeforeComma(tokens: Token[], k: number): number {
  let e = k;
  while (e < k + 3 && (tokens[e]?.pos === 'ADV' || tokens[e]?.normal === 'not')) e++;
  return e - k >= 2 && tokens[e]?.text === ',' ? e + 1 : 0;
}

/**
 * The subject's first token after a sentence's opening adverbs that have no comma ("Then Reed …", "Later she …",
 * "And then Reed …"): one or two adverbs, after a conjunction or not, right before a capitalised name or a
 * personal pronoun. k itself when there are none.
 */
function afterOpeningAdverbs(tokens: Token[], k: number): number {
  let e = k;
  if (tokens[e]?.pos === 'CCONJ') e++;
  // ("But von Albrecht appeared …": the conjunction before a surname's small particle opens no subject.)
  if (e > k && particleOfSurname(tokens, e)) return e;
  const first = e;
  // (Not a subordinator or question word: "When the board met, …" opens a clause of its own.)
  const adverb = (t: Token | undefined) => t?.pos === 'ADV' && !SUBORDINATORS.has(t.normal) && !/^(wh|how$)/.test(t.normal);
  while (e < first + 2 && adverb(tokens[e])) e++;
  if (e === first) return k;
  const next = tokens[e];
  const subject = next && ((next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)) || (next.pos === 'PRON' && PERSONAL_SUBJECTS.test(next.normal)) || particleOfSurname(tokens, e));
  return subject ? e : k;
}

/** A noun phrase with no verb from the comma at tokens[comma] to a second comma a verb follows: ", the union leader, walked". */
function appositionBetweenCommas(tokens: Token[], comma: number, chained = false): boolean {
  if (tokens[comma]?.text !== ',') return false;
  for (let e = comma + 2; e < comma + (chained ? 14 : 10) && e < tokens.length; e++) {
    const t = tokens[e]!;
    // "Its organiser, Ana Roy, a 31-year-old nurse from Fresno, told …": a second apposition, describing the
    // name, may stand between the name's closing comma and the verb (one, after a name only).
    // (… or a relative clause on the name: "Its star, Ruben Ortega, who plays the cook, held …".)
    // (An adverb may stand before the verb: ", Mia Sol, also weighed in".)
    const verbAt = tokens[e + 1]?.pos === 'ADV' && /^\p{Ll}/u.test(tokens[e + 1]!.text) ? e + 2 : e + 1;
    if (t.text === ',') return /^(VERB|AUX)$/.test(tokens[verbAt]?.pos ?? '') || (tokens[e - 1]!.pos === 'PROPN' && /^(who|whose)$/.test(tokens[e + 1]?.normal ?? '')) || (!chained && tokens[e - 1]!.pos === 'PROPN' && tokens[e + 1]?.pos === 'DET' && appositionBetweenCommas(tokens, e, true));
    // (A capitalised word is a name or an abbreviation whatever the tagger read it as: ", the DJ Ana Roy,";
    // so is a hyphen inside one: ", Simone Okoro-Lind,", or inside an age: ", a 31-year-old nurse,".)
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|ADP|PART)$/.test(t.pos) && !/^\p{Lu}/u.test(t.text) && !hyphenatedCapitalAt(tokens, e) && !hyphenInWord(tokens, e)) return false;
  }
  return false;
}

/** Where the subject starts after an opening "Hours later," / "A year ago,"; `start` when there is none. */
function afterTimeOpener(tokens: Token[], start: number, end: number): number {
  const nominal = (k: number) => /^(NUM|DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos);
  // "Late on Tuesday, Demir …", "Early this morning, she …": "late"/"early" and a time phrase, whatever the
  // tagger read the capitalised adverb as; never a name.
  if (isTimeDegreeAdverb(tokens[start]?.normal ?? '')) {
    for (let k = start + 1; k < Math.min(end, start + 5); k++) {
      if (tokens[k]!.text === ',') return k > start + 1 && tokens.slice(start + 1, k).some((t) => isDayWord(t.normal) || isTimeWord(t.normal)) ? k + 1 : start;
      if (!/^(ADP|DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) return start;
    }
    return start;
  }
  if (!nominal(start)) return start;
  for (let k = start + 1; k < Math.min(end, start + 5); k++) {
    if (/^(later|earlier|ago|afterwards|afterward|after|before)$/.test(tokens[k]!.normal) && tokens[k + 1]?.text === ',') return k + 2;
    if (!nominal(k)) return start;
  }
  return start;
}

/**
 * Is a subject the tagger called a name one? A single capitalised word opening its sentence ("Guns",
 * "Audiences", "Horrified") is a name only if it is a given name or is capitalised somewhere else in
 * the article, not at a sentence start; an acronym names a body; a run of words in capitals is a headline.
 */
export function namedElsewhere(view: TokenView, speaker: SpeakerPhrase): boolean {
  const words = speaker.text.split(/\s+/);
  if (words.length > 1 && speaker.text === speaker.text.toUpperCase()) return false;
  if (words.length > 1) return true;
  const word = words[0]!;
  // An acronym ("FBI") names a body.
  if (genderOfFirstName(word) !== 'unknown' || (word.length > 1 && word === word.toUpperCase())) return true;
  const k = view.tokenAtOrAfter(speaker.start);
  // … or a possessive ("Bornsten's letter"): common nouns rarely open a sentence that way.
  if (view.sentence(k).tokenStart !== k || /^['’]s\b/.test(view.doc.article.text.slice(speaker.end, speaker.end + 3))) return true;
  return view.capitalisedMidSentence().has(word);
}

/**
 * A partial quote with no cue in reach, inside a sentence whose subject is a named person: news
 * quotes the subject's own words this way ("Trump urged supporters to make sure the vote is “on the
 * up and up.”"). The frame has no cue of its own.
 */
export function subjectFrame(view: TokenView, token: number): Frame | null {
  const speaker = sentenceSubject(view, token);
  if (!speaker || (speaker.kind !== 'person' && !(speaker.kind === 'pronoun' && /^(he|she)$/.test(speaker.name)))) return null;
  if (speaker.kind === 'person' && !namedElsewhere(view, speaker)) return null;
  return { cueStart: speaker.start, cueEnd: speaker.start, cue: '', cueToken: token, speaker, outlet: null, according: false };
}

/**
 * "I said it would vanish, and he laughed and told me, “…”": a cue coordinated with a verb that has a
 * pronoun subject of its own right before it shares that subject, not the sentence's. tokens[conjunction]
 * is the "and"/"but" before the cue.
 */
/**
 * "X called it “…,” while the Courier's Tom Bell gave it one star and dismissed it as “…”": a cue
 * coordinated inside a contrast clause ("while"/"whereas" and a subject of its own) shares that clause's
 * subject, not the sentence's.
 */
export function contrastClauseSubject(tokens: Token[], conjunction: number, lo: number): SpeakerPhrase | null {
  // (A comma closes the contrast before the cue: "X smiled while the crowd cheered, and called …" is X's.)
  for (let k = conjunction - 1; k >= lo; k--) {
    if (/^[;:,]$/.test(tokens[k]!.text)) return null;
    if (!SIMULTANEOUS_CONTRASTS.has(tokens[k]!.normal)) continue;
    for (let v = k + 2; v < conjunction; v++) {
      if (tokens[v]!.pos !== 'VERB') continue;
      const subject = subjectBefore(tokens, v, k + 1);
      return subject && personLike(subject) ? subject : null;
    }
    return null;
  }
  return null;
}

/** A verb of speech or "that" after one: the word before a reported clause's own subject. */
function reportedClauseOpener(t: Token | undefined): boolean {
  return !!t && ((t.normal === 'that' && t.pos === 'SCONJ') || (t.pos === 'VERB' && cueLexicon().speech.has(cueLemma(t))));
}

export function coordinatedClauseSubject(tokens: Token[], conjunction: number, lo: number): SpeakerPhrase | null {
  let k = conjunction - 1;
  while (k > lo && tokens[k]!.pos === 'ADV') k--;
  if (k <= lo || tokens[k]!.pos !== 'VERB') return null;
  let subject = k - 1;
  // (Over the verb's auxiliaries in a reported clause: "She said he had listened but told her …".)
  while (subject > lo && tokens[subject]!.pos === 'AUX') subject--;
  // ("Lind said Tom Berg had listened but told her …": a person's name opening the reported clause too.)
  const described = tokens[subject]!.pos === 'NOUN' || tokens[subject]!.pos === 'PROPN' ? phraseEndingAt(tokens, subject, lo) : null;
  if (described?.kind === 'person') {
    const first = tokenAt(tokens, described.phraseStart ?? described.start, subject);
    return first > lo && reportedClauseOpener(tokens[first - 1]) ? described : null;
  }
  if (tokens[subject]!.pos !== 'PRON' || !PERSONAL_SUBJECTS.test(tokens[subject]!.normal)) return null;
  // Only a clause of its own, after "and"/"but" or a comma: in "a toll, which she backs yet concedes …"
  // the relative clause's pronoun stands for the sentence's subject, which says it.
  // (… or a reported clause, after a verb of speech or its "that": "She said he had listened but told her he saw no
  // reason to act" — the telling is his, the second verb of the clause she reports.)
  const opener = tokens[subject - 1];
  if (subject <= lo || !opener || !(((opener.pos === 'CCONJ' || opener.text === ',') && k === subject + 1) || reportedClauseOpener(opener))) return null;
  return classify(tokens, subject, subject + 1);
}

/**
 * Whether the sentence holding tokens[first] opens with a phrase of a preposition that ends in a comma before
 * it, with no verb inside: "In a call with Dana Okafor, the coach said …", "In a statement to Lena Ortiz, the
 * mayor …". A name there is the hearer or the occasion's other party, never the description after it.
 */
export function opensWithPrepositionPhrase(view: TokenView, first: number): boolean {
  const tokens = view.tokens;
  const lo = view.sentence(first).tokenStart;
  if (lo >= first || tokens[lo]!.pos !== 'ADP' || accordingOpener(tokens, lo)) return false;
  let comma = first - 1;
  while (comma > lo && tokens[comma]!.text !== ',') comma--;
  return comma > lo && verblessPrepositionOpening(tokens, lo, comma);
}
