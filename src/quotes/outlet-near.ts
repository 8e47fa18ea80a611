import { outletIntroducedByKind, outletIntroducedByPhrase } from './outlet-by-kind-phrase.js';
import { ownMediumInApposition } from './programme-apposition.js';
import type { Token } from '../types.js';
import { agencyNounLength, isCommentOnWord, isGenericNewsWord, mayShortenToHead, isHearerOnlyOutletNoun, isKindWordAlsoVerb, isMediumWord, pastWebDomain, isOutletHead, isOutletNameLinkWord, isInnerOutletNameWord, kindOfOutletWord, styledOutletOpening, articleOfPersonName, lookupOutlet, outletKind, ordinaryOutletOpensLongerName, plainWordOpensTitle, recogniseOutlet, isEditionWord, isJournal, endsInNewspaperWord } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { DETERMINERS, isTitleCase, THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';
import { isDayWord } from '../nlp/time-words.js';
import { genderOfFirstName } from '../nlp/names.js';
import { hyphenInWord, hyphenatedCapitalAt, isQuoteMark, sourceText } from './speaker.js';
import { staffOutletOpening } from './staff-outlets.js';
import { givesWordsTo } from './given-to.js';
import { broadcasterProgrammeAfter, callSignAt, closesProgrammeTitle, describedProgrammeTitle, ownProgrammeTitle, placesPeopleOnProgramme, PROGRAMME_KINDS, programmeTitleAfter, programmeTitlesOfKind, pluralApostropheInTitle } from './programme-names.js';
import { isStationMediumNoun } from '../lexicon/station-medium-nouns.js';
import { inAnonymityReason } from './anonymity-reason.js';
import { careerOnInRelative } from './career-relative.js';
import { spelledOutBefore, outletsEndingIn, asWritten, channelEnd, lastOutletBefore } from './earlier-outlets.js';
import { tellingVerb } from './find-cue.js';
import { outletShapedToldName } from './told-name-at-tag-end.js';
import { tradeOutletReferredTo } from './trade-outlet-nouns.js';
import { lastOutletOfKindBefore, outletPartByKind } from './outlet-by-kind-apposition.js';
import { isAppositionOnlyOutletKind, isOutletKindAlsoPersonJob } from '../lexicon/outlet-kind-words.js';

// The outlet named next to a cue: "told Reuters", "in an interview with the Times", "on CNN's State of the Union".

// ("per ESPN's Adam Schefter": the reporter's outlet, as in "told CNN's Jake Tapper"; only a known outlet after it counts.)
const OUTLET_LEAD = new Set(['told', 'tell', 'tells', 'telling', 'to', 'with', 'on', 'per']);
/** "a statement obtained by Billboard", "the audience of “The Late Show”": leads that need the word before them. */
const OUTLET_LEAD_AFTER: ReadonlyMap<string, Set<string>> = new Map([
  // ("was quoted by Reuters as saying": the medium that quoted the subject's words.)
  // ("remarks carried by Harbour TV", "an interview screened by ITV": the medium that ran the words.)
  // ("a memo first reported by Kotaku": the outlet that broke the document's news has it.)
  ['by', new Set(['obtained', 'reported', 'released', 'published', 'provided', 'shared', 'posted', 'aired', 'broadcast', 'quoted', 'cited', 'carried', 'screened', 'televised', 'run', 'seen', 'viewed', 'reviewed'])],
  ['of', new Set(['audience', 'audiences', 'viewers', 'listeners', 'readers', 'episode', 'edition', 'issue', 'host', 'set'])],
  // "In a review for The Observer, critic X called …", "Writing for Vox, X said": the piece at hand was given to
  // that outlet. Not "who writes for Vox" or "wrote reviews for Vox": those describe a job (see pieceFor).
  // ("In an editorial written for Kicker, …": the piece written for it, as "in a column for" is.)
  ['for', new Set(['review', 'column', 'piece', 'essay', 'op-ed', 'article', 'writing', 'editorial', 'written'])],
  // "Nina Hale, writing in The New York Times, called the play …", "Hale wrote in The Guardian that …": the piece
  // at hand ran there. (Only a known outlet after it: "wrote in a letter" names none.)
  // ("In an editorial published in Kicker, the editor said …": the piece ran there, as "writing in" says.)
  ['in', new Set(['writing', 'wrote', 'writes', 'write', 'published', 'printed'])],
  // "in response to questions from the Guardian": the outlet that asked got the answer.
  ['from', new Set(['questions', 'question', 'queries', 'query', 'inquiry', 'inquiries'])],
]);
/** "told the magazine": a common noun standing for the outlet named last. */
const OUTLET_NOUNS = new Set(['magazine', 'newspaper', 'paper', 'publication', 'outlet', 'network', 'broadcaster', 'station', 'website', 'site', 'tabloid', 'daily', 'weekly', 'programme', 'program', 'show', 'podcast']);

/** Whether a common noun may stand for an outlet named before ("the magazine", "the site"). */
export function isOutletNoun(word: string): boolean {
  return OUTLET_NOUNS.has(word);
}

const DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|Next|Earlier|Later)$/;

/**
 * Where an outlet's name starts after the kind of outlet it is, at tokens[s] or after one to three modifiers
 * ("newspaper Der Standard", "state broadcaster VRT", "the German weekly Die Zeit", "the business daily
 * Handelsblatt"), or -1.
 */
function appositionName(tokens: Token[], s: number, hi: number, interviewed = false): number {
  // (Written small: "the Daily Mail" is a name, not a daily.)
  // (A website's name is often a shop's or a group's: "posted on the website GunShop.com"; one that interviewed
  // someone is a news site: "in an interview with the music website …".)
  // ("agency" only as a news agency: "state news agency TASS", not "the agency Frontex".)
  const kindAt = (k: number) => ((OUTLET_NOUNS.has(tokens[k]?.text ?? '') || isAppositionOnlyOutletKind(tokens[k]?.text ?? '')) && (interviewed || !/^(website|site)$/.test(tokens[k]!.text))) || newsAgencyAt(tokens, k);
  // (Right after its lead a kind word may be a verb: "trying to show Voss …"; after "the" or a word it is a noun.)
  // (Bare after words given to someone, a kind word that is no verb is a noun: "speaking to broadcaster ZDF".)
  const bareNoun = interviewed && !isKindWordAlsoVerb(tokens[s]?.text ?? '');
  const noun = kindAt(s) && (bareNoun || /^(the|a|an)$/.test(tokens[s - 1]?.normal ?? '')) ? s : kindAfterModifiers(tokens, s, kindAt);
  // (Not a date after it: "told the paper Monday".)
  // (A programme's title may stand in quotation marks: "on the podcast “Press Start”"; the mark is stepped over later.)
  const name = noun >= 0 && tokens[noun + 1] && isQuoteMark(tokens[noun + 1]!) && PROGRAMME_KINDS.has(tokens[noun]!.normal) ? noun + 2 : noun + 1;
  // (A station's name may open with its frequency, which the tagger splits off: "talkback station 2GB"; a paper's
  // with a number as a word of its own: "the daily 24 Chasa".)
  // (Or a brand written small first: "the broadcaster eNCA"; or a name the data writes small: "the news agency dpa".)
  const opensName = (k: number) => /^\p{Lu}/u.test(tokens[k]!.text) || CAMEL_BRAND.test(tokens[k]!.text) || smallLetterOutletAt(tokens, k) || (/^\d+$/.test(tokens[k]!.text) && (tokens[k + 1]?.start === tokens[k]!.end || tokens[k + 1]?.start === tokens[k]!.end + 1) && /^\p{Lu}/u.test(tokens[k + 1]!.text) && !DATE_WORD.test(tokens[k + 1]!.text));
  return noun >= 0 && name < hi && opensName(name) && !DATE_WORD.test(tokens[name]!.text) && !jobBeforePersonName(tokens, noun) ? noun + 1 : -1;
}

/**
 * A city opening the words before a kind of outlet, with a small-letter modifier after it: "Sydney" of "Sydney
 * talkback station 2GB". Not an outlet's own name ("the Guardian news website"), a day ("Monday radio station"),
 * or a name right before the kind word ("the Guardian newspaper").
 */
function cityBeforeModifier(tokens: Token[], k: number, kindAt: (k: number) => boolean): boolean {
  const word = tokens[k]?.text ?? '';
  const next = tokens[k + 1]?.text ?? '';
  return /^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Ll}/u.test(next) && !kindAt(k + 1) && !lookupOutlet(word) && !isDayWord(word.toLowerCase());
}

/** "news agency", "press agency", "wire agency", "wire service": the kind of outlet an agency's name follows. */
function newsAgencyAt(tokens: Token[], k: number): boolean {
  return (tokens[k]?.text === 'agency' && /^(news|press|wire)$/.test(tokens[k - 1]?.text ?? '')) || (tokens[k]?.text === 'service' && /^(news|wire)$/.test(tokens[k - 1]?.text ?? ''));
}

/**
 * "told the broadcaster Piers Morgan": a kind word that is also a person's job (data/outlet-kind-words.json
 * person_jobs), before a given name and a surname, describes that person, who was told; no outlet is named.
 */
function jobBeforePersonName(tokens: Token[], noun: number): boolean {
  return isOutletKindAlsoPersonJob(tokens[noun]?.text ?? '') && genderOfFirstName(tokens[noun + 1]?.text ?? '') !== 'unknown' && /^\p{Lu}\p{Ll}/u.test(tokens[noun + 2]?.text ?? '');
}

/**
 * The kind word after one to three modifiers opening at tokens[s], or -1: small-letter words ("state
 * broadcaster", "sports daily", "the local public radio station") or a nationality ("German weekly"); any
 * other capitalised word is a name of its own ("the Guardian newspaper").
 */
function kindAfterModifiers(tokens: Token[], s: number, kindAt: (k: number) => boolean): number {
  const modifier = (k: number) => /^\p{Ll}/u.test(tokens[k]?.text ?? '') || nationalityAt(tokens, k) || (k === s && cityBeforeModifier(tokens, k, kindAt));
  for (let k = s + 1; k <= s + 3; k++) {
    if (!modifier(k - 1)) return -1;
    if (kindAt(k)) return k;
  }
  return -1;
}

/**
 * Whether tokens[k] is a nationality before a kind of outlet, alone ("Kenyan") or either word of a pair
 * ("South African broadcaster", "New Zealand news site"): cues.json outlet_kind_nationalities.
 */
function nationalityAt(tokens: Token[], k: number): boolean {
  const nationalities = cueLexicon().outletKindNationalities;
  const word = tokens[k]?.text ?? '';
  if (nationalities.has(word)) return true;
  return nationalities.has(`${word} ${tokens[k + 1]?.text ?? ''}`) || nationalities.has(`${tokens[k - 1]?.text ?? ''} ${word}`);
}

/**
 * An outlet a speaker that is itself a medium gave its words to, in the cue's own adjunct right after it: "Hearth
 * Network said in a statement to E! News that …" (the words reached print through E! News, not the network's own
 * air). Only "in|via a statement/interview to|with OUTLET" opening after the cue: an outlet inside the reported
 * clause ("CNN said the interview with Variety was cancelled") is what was reported, not where.
 */
export function outletGivenTo(tokens: Token[], lo: number, hi: number): string | null {
  let i = lo;
  while (i < hi && tokens[i]!.pos === 'ADV') i++;
  if (!/^(in|via)$/.test(tokens[i]?.normal ?? '')) return null;
  for (let j = i + 1; j < hi && j <= i + 4; j++) {
    if (!givesWordsTo(tokens[j]!.normal, tokens[j - 1]?.normal ?? '')) continue;
    return outletAfterLead(tokens, j, hi);
  }
  return null;
}

export function outletNear(tokens: Token[], lo: number, hi: number): string | null {
  // "Jo Amis, a critic who wrote a column for the Ledger, told the Gazette …": a told/to/with lead wins.
  let described: string | null = null;
  // ("according to NPR's correspondent": the source's employer, kept unless a direct lead follows, see accordingToStaff.)
  let employer: string | null = null;
  for (let i = lo; i < hi; i++) {
    const lead = tokens[i]!.normal;
    const piece = outletOfPiece(tokens, i, hi);
    if (piece) return piece;
    // "a contestant on the dating show “…”": the programme she takes part in, not the medium of her words.
    if (lead === 'on' && placesPeopleOnProgramme(tokens, i)) continue;
    // "declined to comment on the Courier's report": the outlet's report is what was commented on, not where.
    if (lead === 'on' && isCommentOnWord(tokens[i - 1]?.normal ?? '')) continue;
    // "Hale, who played the sheriff on NBC, said …": the network of the speaker's career, not of these words.
    if (lead === 'on' && careerOnInRelative(tokens, i, lo)) continue;
    // "speaking on condition of anonymity because members are discouraged from commenting on the show": the reason names no medium.
    if (inAnonymityReason(tokens, i)) continue;
    const direct = OUTLET_LEAD.has(lead);
    if (!direct && !leadAfterWord(tokens, i, lead) && !askedBy(tokens, i) && !reviewIn(tokens, i) && !reviewFor(tokens, i)) continue;
    const outlet = outletAfterLead(tokens, i, hi);
    // ("a study published in Nature": a journal prints findings, no one's words given to it.)
    if (outlet && publishedInJournal(tokens, i, outlet)) continue;
    if (outlet && direct && !accordingToStaff(tokens, i, hi)) return outlet;
    if (outlet && direct) employer ??= outlet;
    else if (outlet && !described && !ownerOfNoun(tokens, i, hi)) described = outlet;
  }
  return employer ?? described;
}

/** "published in Nature", "printed in The Lancet": the lead at tokens[i] names a scholarly journal. */
function publishedInJournal(tokens: Token[], i: number, outlet: string): boolean {
  if (tokens[i]!.normal !== 'in' || !/^(published|printed)$/.test(tokens[i - 1]?.normal ?? '')) return false;
  const known = lookupOutlet(outlet);
  return known !== null && isJournal(known);
}

/**
 * "according to NPR's legal affairs correspondent, X, who said on the network's Morning Edition program …":
 * after "according to", an outlet's possessive describes the source (its employer); a medium named later in
 * the clause ("on the network's … program") is where the words went, so the possessive only falls back.
 */
function accordingToStaff(tokens: Token[], i: number, hi: number): boolean {
  if (tokens[i]!.normal !== 'to' || tokens[i - 1]?.normal !== 'according') return false;
  return /^(?:the\s+)?(?:[\p{Lu}\d&][^\s,]*\s+){0,4}?[\p{Lu}\d&][^\s,]*?['’]s\s+\p{Ll}/u.test(sourceText(tokens, i + 1, Math.min(hi, i + 9)));
}

/**
 * "In the Variety interview he said …", "said in a recent CNN interview", "wrote in her Guardian column": a known
 * outlet's name before the noun of the piece the words were given in (lexicon pieceNouns), after "in" or
 * "during" and a determiner, maybe a small-letter word or two ("an exclusive"); the outlet as written.
 */
function outletOfPiece(tokens: Token[], i: number, hi: number): string | null {
  if (!/^(in|during)$/.test(tokens[i]!.normal)) return null;
  const possessor = possessorOfPiece(tokens, i, hi);
  if (possessor || !DETERMINERS.has(tokens[i + 1]?.normal ?? '')) return possessor;
  let s = i + 2;
  while (s < i + 4 && /^\p{Ll}/u.test(tokens[s]?.text ?? '')) s++;
  let e = s;
  while (e < hi && e < s + 5 && /^[\p{Lu}\d&!]/u.test(tokens[e]!.text)) e++;
  // "In a People magazine exclusive": the kind of outlet may follow its name before the piece noun.
  const kind = e > s && isOutletNoun(tokens[e]?.normal ?? '') ? 1 : 0;
  if (e === s || e + kind >= hi || !isPieceNounAt(tokens, e + kind, hi)) return null;
  const phrase = sourceText(tokens, s, e);
  return lookupOutlet(phrase) ? spelledOutBefore(tokens, asWritten(phrase), i) : null;
}

/**
 * Whether a piece noun (lexicon pieceNouns) opens at tokens[k], of one word ("interview", "exclusive") or two
 * ("cover story"): the noun that makes a capitalised word before it an outlet's name, even an ordinary word's
 * ("a Time cover story", "an Empire exclusive").
 */
function isPieceNounAt(tokens: Token[], k: number, hi: number): boolean {
  const nouns = cueLexicon().pieceNouns;
  const one = tokens[k]?.normal ?? '';
  return nouns.has(one) || (k + 1 < hi && nouns.has(`${one} ${tokens[k + 1]!.normal}`));
}

/**
 * A lead that needs the word before it (OUTLET_LEAD_AFTER) has it: "published by", "a review for"; a hyphenated
 * word taken whole ("an op-ed for", split "op", "-", "ed" by the tokenizer).
 */
function leadAfterWord(tokens: Token[], i: number, lead: string): boolean {
  const words = OUTLET_LEAD_AFTER.get(lead);
  if (!words) return false;
  const hyphenated = hyphenInWord(tokens, i - 2);
  const whole = hyphenated ? `${tokens[i - 3]!.normal}-${tokens[i - 1]!.normal}` : '';
  const last = tokens[i - 1]?.normal ?? '';
  // (The hyphenated word whole, "op-ed", or its last part as before, "mini-review"; pieceFor counts back from
  // just after the whole word's first part.)
  if (hyphenated && words.has(whole)) return lead !== 'for' || pieceFor(tokens, i - 2);
  // A programme's set is where words were spoken only after "on": "said on the set of “Today”"; in "said the set of
  // “Harbor Lights” was …" the set is what was talked about, a drama's, no outlet.
  if (last === 'set' && !onTheSet(tokens, i - 1)) return false;
  return words.has(last) && (lead !== 'for' || pieceFor(tokens, i));
}

/** Whether "on" stands before the noun at tokens[k], maybe with a determiner between: "on the set", "on set". */
function onTheSet(tokens: Token[], k: number): boolean {
  const before = DETERMINERS.has(tokens[k - 1]?.normal ?? '') ? k - 2 : k - 1;
  return tokens[before]?.normal === 'on';
}

/**
 * "wrote Ana Ruiz in Wired’s hands-on review", "said in the Ledger's interview": a known outlet's name in the
 * possessive ("Wired’s", "Reuters’") after "in"/"during", then a piece noun (lexicon pieceNouns), maybe after a few small-letter
 * words; the outlet as written. (Not "in Reed's interview": a person's possessive names no medium.)
 */
function possessorOfPiece(tokens: Token[], i: number, hi: number): string | null {
  const s = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
  let e = s;
  while (e < hi && e < s + 5 && /^[\p{Lu}\d&!]/u.test(tokens[e]!.text)) e++;
  if (e === s || !possessiveEnding(tokens, e)) return null;
  let noun = e + 1;
  while (noun < hi && noun < e + 5 && (/^\p{Ll}/u.test(tokens[noun]!.text) || hyphenInWord(tokens, noun)) && !cueLexicon().pieceNouns.has(tokens[noun]!.normal)) noun++;
  if (noun >= hi || !cueLexicon().pieceNouns.has(tokens[noun]!.normal)) return null;
  const phrase = sourceText(tokens, s, e);
  return lookupOutlet(phrase) ? spelledOutBefore(tokens, asWritten(phrase), i) : null;
}

/**
 * "asked about those remarks by Bloomberg", "when questioned on the cuts by Reuters": the outlet that
 * put the question, a few words after the passive "asked" within the same phrase, got the answer.
 */
function askedBy(tokens: Token[], by: number): boolean {
  if (tokens[by]?.normal !== 'by') return false;
  for (let k = by - 1; k > by - 7 && k >= 0; k--) {
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB' && !/^(asked|questioned|pressed)$/.test(tokens[k]!.normal)) return false;
    if (/^(asked|questioned|pressed)$/.test(tokens[k]!.normal)) return true;
  }
  return false;
}

/**
 * Whether tokens[k] closes the possessive of the name before it: "’s" ("Wired’s"), or a bare apostrophe written
 * against a name ending in s ("Reuters’ report", "the Times’ interview"), as house styles spell such names.
 */
function possessiveEnding(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (/^['’]s$/.test(t.text)) return true;
  const name = tokens[k - 1]!;
  return /^['’]$/.test(t.text) && t.start === name.end && /s$/.test(name.text);
}

/**
 * "Reviewing “Blue Harbor” in The Times, X wrote …": the review of a titled work ran in the outlet after
 * "in" (the title between, capitalised or in quotation marks).
 */
function reviewIn(tokens: Token[], inAt: number): boolean {
  if (tokens[inAt]?.normal !== 'in') return false;
  let inTitle = false;
  for (let k = inAt - 1; k > inAt - 12 && k >= 0; k--) {
    const t = tokens[k]!;
    if (isQuoteMark(t)) inTitle = !inTitle;
    else if (/^review(?:ing|ed)$/.test(t.normal)) return !inTitle && k < inAt - 1;
    else if (!inTitle && !/^[\p{Lu}\d]/u.test(t.text)) return false;
  }
  return false;
}

/**
 * "Reviewing the film for Variety, critic X called it …", "reviewed the new album for Pitchfork": the review at
 * hand ran in the outlet after "for". The participle a determiner or possessive follows, the thing reviewed in at
 * most three words before "for" (no comma between).
 */
function reviewFor(tokens: Token[], forAt: number): boolean {
  if (tokens[forAt]?.normal !== 'for') return false;
  for (let k = forAt - 2; k >= forAt - 4 && k >= 0; k--) {
    if (tokens[k + 1]!.text === ',') return false;
    if (/^review(?:ing|ed)$/.test(tokens[k]!.normal)) return DETERMINERS.has(tokens[k + 1]!.normal) || THIRD_PERSON_POSSESSIVES.has(tokens[k + 1]!.normal);
  }
  return false;
}

// The determiner of one piece, right before its noun ("a review for") or one word before ("her weekly column for").
const FOR_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, 'one']);
const FOR_OPENERS_TWO_BACK: ReadonlySet<string> = new Set(['a', 'an', ...THIRD_PERSON_POSSESSIVES, 'this', 'that']);

/** "in a review for", "in her column for": one piece (a determiner before the noun), not a line of work ("wrote reviews for"). */
function pieceFor(tokens: Token[], forAt: number): boolean {
  if (tokens[forAt - 1]?.normal === 'writing') return true;
  return FOR_OPENERS.has(tokens[forAt - 2]?.normal ?? '') || FOR_OPENERS_TWO_BACK.has(tokens[forAt - 3]?.normal ?? '');
}

/** "a review for Harbour TV's new drama": a possessive before a common noun owns the thing reviewed, it did not run the review. */
export function ownerOfNoun(tokens: Token[], lead: number, hi: number): boolean {
  for (let k = lead + 1; k < Math.min(hi, lead + 8); k++) {
    if (/[’']s$/.test(tokens[k]!.text)) return /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '');
    if (!/^[\p{Lu}\d&]/u.test(tokens[k]!.text) && tokens[k]!.normal !== 'the') return false;
  }
  return false;
}

// A brand written with a small first letter and capitals after it ("eNCA", "beIN Sports"): it opens a name run too.
const CAMEL_BRAND = /^\p{Ll}{1,2}\p{Lu}{2,}/u;

/** "said on the channel", "appeared on the same network": "on", "the" (and "same"), a broadcaster's noun, after a verb. */
function onBroadcasterNoun(tokens: Token[], i: number, s: number): boolean {
  if (tokens[i]!.normal !== 'on' || s === i + 1 || tokens[i - 1]?.pos !== 'VERB') return false;
  const n = tokens[s]?.normal === 'same' ? s + 1 : s;
  if (kindOfOutletWord(tokens[n]?.normal ?? '') !== 'broadcaster') return false;
  const next = tokens[n + 1];
  return !next || !(/^(?:['’]s|\p{Lu})/u.test(next.text) || isQuoteMark(next));
}

/** The outlet named right after the lead at tokens[i], if any. */
export function outletAfterLead(tokens: Token[], i: number, hi: number): string | null {
  const lead = tokens[i]!.normal;
  // "who appeared on NBC's “Harbor Nights” for three seasons": a series someone played in, no medium of words.
  if (lead === 'on' && runInSeries(tokens, i + 1, hi)) return null;
  // "said on her podcast, “Villa Talk,” that …": the speaker's own programme, named right after it.
  const own = lead === 'on' ? ownProgrammeTitle(tokens, i + 1, PROGRAMME_KINDS) : null;
  if (own) return own.title;
  // "on his podcast, Late Shift Notes, he said": the same, its name unquoted between commas (read past hi, its
  // own commas bound it).
  const apposed = lead === 'on' ? ownMediumInApposition(tokens, i + 1) : null;
  if (apposed) return apposed.title;
  // "speaking on the company's flagship interview show, “The Long Table”,": a programme described, then named.
  const described = lead === 'on' ? describedProgrammeTitle(tokens, i + 1) : null;
  if (described) return described;
  let s = i + 1;
  if (tokens[s]?.text === 'the') s++; // "told the BBC"; a capitalised The belongs to the name
  // "who appeared on the show's second series": a part of the programme, not a medium the words were given to.
  if (s > i + 1 && lead === 'on' && PROGRAMME_KINDS.has(tokens[s]?.normal ?? '') && /^['’]s$/.test(tokens[s + 1]?.text ?? '')) return null;
  // "told the Chronicle" after "the Houston Chronicle": an outlet named in full, shortened to its news word.
  // With none named in full, "told the Herald", "speaking to the Gazette": a local paper the article names by
  // its news word alone, as written. (Only where words are given to someone: "on the Record" is no paper.)
  const papers = s > i + 1 && loneNewsWord(tokens, s) ? outletsEndingIn(tokens, tokens[s]!.text, i) : null;
  // (Under the rule "told The Times" follows: "the Times" after "The Irish Times" is The Times, a paper of its own.)
  if (papers?.size === 1) return mayShortenToHead([...papers][0]!, tokens[s]!.text) ? [...papers][0]! : lookupOutlet(`The ${tokens[s]!.text}`)!;
  if (papers?.size === 0 && givesWordsTo(tokens[i]!.normal, tokens[i - 1]?.normal ?? '') && !isGenericNewsWord(tokens[s]!.text)) return tokens[s]!.text;
  // "told The Courier": a capitalised article and a lone newspaper word name a paper too, as written, when no
  // known outlet is so called ("The Times" is read below) and none named before ends in that word.
  const capitalThe = s === i + 1 && tokens[s]?.text === 'The' && loneNewsWord(tokens, s + 1) && !lookupOutlet(`The ${tokens[s + 1]!.text}`);
  if (capitalThe && givesWordsTo(tokens[i]!.normal, tokens[i - 1]?.normal ?? '') && !isGenericNewsWord(tokens[s + 1]!.text) && outletsEndingIn(tokens, tokens[s + 1]!.text, i).size === 0) return `The ${tokens[s + 1]!.text}`;
  // "told a CNBC reporter", "told a reporter from CNBC": the reporter's outlet got the words.
  const reporters = (tellingVerb(lead) || lead === 'to') && /^(?:a|an)$/.test(tokens[s]?.normal ?? '') ? reporterOutlet(tokens, s + 1, hi) : null;
  if (reporters) return reporters;
  // "told the magazine" / "told the outlet": the outlet named last before it; also "told the German paper",
  // "in an interview with the paper", "as quoted by the newspaper".
  const noun = s > i + 1 && cueLexicon().outletKindNationalities.has(tokens[s]?.text ?? '') ? s + 1 : s;
  // (A word that names other things too — "were called to the site", "taken to the station" — stands for an
  // outlet only where words are given to it: "told the service".)
  const kindWord = tokens[noun]?.normal ?? '';
  const standsForOutlet = OUTLET_NOUNS.has(kindWord) || isHearerOnlyOutletNoun(kindWord);
  const notGivenWords = isHearerOnlyOutletNoun(kindWord) && lead !== 'by' && !givesWordsTo(lead, tokens[i - 1]?.normal ?? '');
  // "told the trade paper": the trade publication named last (a magazine, though "paper" alone is a newspaper's).
  // (Not "according to the trade paper": the paper reports there, it was given no one's words.)
  const trade = s > i + 1 && (tellingVerb(lead) || /^(to|with|by)$/.test(lead)) && tokens[i - 1]?.normal !== 'according' ? tradeOutletReferredTo(tokens, s, i) : null;
  if (trade) return trade;
  // "told the cycling website": the outlet an earlier "the cycling website VeloPlus" introduced.
  const byPhrase = s > i + 1 && (tellingVerb(lead) || /^(to|with|by)$/.test(lead)) ? outletIntroducedByPhrase(tokens, s, i, isOutletNoun) : null;
  if (byPhrase) return byPhrase;
  // "told VeloPlus" after "the cycling website VeloPlus": a name the article introduced by its kind of outlet.
  const byKind = s === i + 1 && tellingVerb(lead) ? outletIntroducedByKind(tokens, s, i) : null;
  if (byKind) return byKind;
  // "told the agency", "told the wire service": the news agency named last — only an agency ("complained to the
  // agency" after a paper is a public body's).
  const agencyWords = s > i + 1 ? agencyNounLength([tokens[s]?.normal ?? '', tokens[s + 1]?.normal ?? '']) : 0;
  // (Not before its own name, written small or not: "told the news agency dpa" is dpa.)
  if (agencyWords > 0 && givesWordsTo(lead, tokens[i - 1]?.normal ?? '') && !/^\p{Lu}/u.test(tokens[s + agencyWords]?.text ?? '') && !smallLetterOutletAt(tokens, s + agencyWords)) {
    const named = lastOutletBefore(tokens, i, 'agency');
    if (named && outletKind(lookupOutlet(named) ?? '') === 'agency') return named;
  }
  if (s > i + 1 && (tellingVerb(lead) || /^(to|with|by)$/.test(lead)) && standsForOutlet && !notGivenWords && !/^\p{Lu}/u.test(tokens[noun + 1]?.text ?? '')) {
    const kind = kindOfOutletWord(tokens[noun]!.normal);
    const named = kind ? lastOutletOfKindBefore(tokens, i, kind) : lastOutletBefore(tokens, i);
    if (named) return named;
  }
  // "“…,” she said on the channel", "appeared on the same network": the broadcaster named last, as "told the
  // station" reads it. (Only right after a verb, and not before a name or a possessive: "the network's Morning
  // Edition", "an attack on the network".)
  if (onBroadcasterNoun(tokens, i, s)) {
    const named = lastOutletOfKindBefore(tokens, i, 'broadcaster');
    if (named) return named;
  }
  // "said on the podcast": the one programme of that kind the article names.
  // (Not when the name follows right there: "on the podcast “Over to You”".)
  if (s > i + 1 && lead === 'on' && PROGRAMME_KINDS.has(tokens[s]?.normal ?? '') && !/^\p{Lu}/u.test(tokens[s + 1]?.text ?? '') && !(tokens[s + 1] && isQuoteMark(tokens[s + 1]!))) {
    return onlyProgrammeNamed(tokens, tokens[s]!.normal);
  }
  // "said on the network's election-night coverage": the outlet of that kind named last.
  const part = s > i + 1 && lead === 'on' ? outletPartByKind(tokens, s, i) : null;
  if (part) return part;
  // "said on the network's Morning Edition program": a programme of the broadcaster the article names.
  const broadcasters = s > i + 1 && (lead === 'on' || givesWordsTo(lead, tokens[i - 1]?.normal ?? '')) ? programmeOfBroadcasterNoun(tokens, s, hi) : null;
  if (broadcasters) return broadcasters;
  // "on Deadline's “Inside the Frame” podcast": the outlet's own programme, named, is where the words were given.
  const owned = lead === 'on' || givesWordsTo(lead, tokens[i - 1]?.normal ?? '') ? ownedProgrammeTitle(tokens, s, hi) : null;
  if (owned) return owned;
  // "told the “Plated” podcast", "on “Hollow Bay,” the podcast": a quoted title the programme's kind names.
  const titled = lead === 'on' || givesWordsTo(lead, tokens[i - 1]?.normal ?? '') ? quotedTitleOfKind(tokens, s) : null;
  if (titled) return titled;
  // A kind of outlet before its name, maybe after a small-letter word: "told the newspaper Der Standard",
  // "speaking to state broadcaster VRT". The name after it is an outlet, known or not.
  const named = appositionName(tokens, s, hi, givesWordsTo(lead, tokens[i - 1]?.normal ?? ''));
  if (named > 0) s = named;
  // A programme's title in quotation marks: "the audience of “Late Night”".
  const quoted = s < hi && isQuoteMark(tokens[s]!);
  if (quoted) s++;
  // A broadcaster known only by its call sign: "told WSMV-TV", "in an interview with KTLA", "appeared on WGN".
  const sign = callSignAt(tokens, s, !quoted && (s === i + 1 || named > 0) && (givesWordsTo(lead, tokens[i - 1]?.normal ?? '') || (lead === 'on' && APPEARED.test(tokens[i - 1]?.normal ?? ''))));
  if (sign && sign.end <= hi) return sign.name;
  // "told el Nuevo Herald", "told de Volkskrant": a known name opening with its own small-letter article.
  const articled = knownNameAfterSmallArticle(tokens, s, hi);
  if (articled) return articled;
  // "told La Gazzetta di Bergamo", "told Radio Nacional": with no kind of outlet before it, a name whose form
  // makes it a paper or a station (data/outlets.json foreignPaperWords, broadcastOpeners) is the outlet told.
  const styled = named < 0 && !quoted && givesWordsTo(lead, tokens[i - 1]?.normal ?? '') && styledOutletOpening(tokens.slice(s, s + 3).map((t) => t.text)) > 0 && !articleOfPersonName(tokens, s);
  const lowercase = knownNameInSmallLetters(tokens, s, hi);
  if (lowercase) return lowercase;
  let e = s;
  // (After a kind of outlet, a possessive inside the name too: "radio show Joe’s Jukebox".)
  // (A hyphen inside a name too: "Radio-Canada", "Ouest-France".)
  // (Inside a quoted title, a plural's bare apostrophe too: the podcast “Writers' Table”; it is no closing mark.)
  // (And a hyphen before an agency's letters: "Keystone-SDA", "ITAR-TASS".)
  while (e < hi && e < s + 6 && (((/^[\p{Lu}\d&!]/u.test(tokens[e]!.text) || (e === s && CAMEL_BRAND.test(tokens[e]!.text)) || (e > s && (hyphenatedCapitalAt(tokens, e) || hyphenBeforeLetters(tokens, e))) || (named > 0 && e > s && /^['’]s$/.test(tokens[e]!.text) && /^\p{Lu}/u.test(tokens[e + 1]?.text ?? ''))) && !isQuoteMark(tokens[e]!)) || (quoted && e > s && pluralApostropheInTitle(tokens, e)))) e++;
  // "run by the Lone Star Elephant Conservancy" with the search's reach ending after "Star": a name the reach
  // cuts is read whole, so that its first words are never taken for a paper of their own ("The Lone Star").
  // (Read whole only to rule out its first words: past the reach, only a name the data knows is taken.)
  if (e === hi && e > s) while (e < tokens.length && e < s + 6 && /^\p{Lu}/u.test(tokens[e]!.text) && !isQuoteMark(tokens[e]!)) e++;
  const pastReach = e > hi;
  // "the local newspaper La Gazzetta di Parma": after a kind of outlet, a paper's name goes on through a Romance
  // link word to the capitalised words of what it is of (data/outlets.json nameLinkWords).
  if ((named > 0 || styled) && e > s) e = throughNameLink(tokens, e, hi);
  // "told Sight and Sound", "Cahiers du Cinéma": a known name with a small-letter word inside its run.
  // (A known name may run on past the search's reach: "said in an interview with the music website The Line of …".)
  const joined = knownNameThroughSmallWord(tokens, s, e, e === hi ? Math.min(tokens.length, hi + 4) : hi);
  if (joined) return joined;
  // "told Lloyd's List", "told Página/12": a known name holding a possessive or a slash, where the run stops.
  const inner = e > s ? knownNameThroughJoiner(tokens, s, e, hi) : null;
  if (inner) return inner;
  // "told Scroll.in": a site named with its domain, which the tagger splits off.
  const site = e > s ? pastWebDomain(tokens, e) : e;
  if (site > e && site <= hi && lookupOutlet(sourceText(tokens, s, site))) return spelledOutBefore(tokens, asWritten(sourceText(tokens, s, site)), i);
  // A programme's title in quotation marks holds its small words: the podcast “Tea with Ana Ruiz”.
  const title = quoted && named > 0 ? quotedTitleThroughSmallWords(tokens, s, e) : null;
  if (title) return title;
  // "told the BBC Scotland had been ignored": a place that opens the told clause's subject, its verb right after it,
  // is no part of the name ("told BBC Scotland he …" keeps it).
  // (Only after a verb of telling: "a statement to NBC Connecticut released through her lawyer" opens no clause.)
  const placeOpensClause = (end: number) => end - s > 1 && tellingVerb(lead) && /^(VERB|AUX)$/.test(tokens[end]?.pos ?? '') && cueLexicon().placeNames.has(tokens[end - 1]!.text);
  // "on Face the Week": a plain word opening a longer title with "the" is no outlet of its own (The Face).
  if (e === s + 1 && plainWordOpensTitle(tokens, s)) return null;
  for (let k = e; k > s; k--) {
    if (k === e && placeOpensClause(e)) continue;
    // "the Sun-Journal": a hyphen joined to a capitalised word goes on with the name, which is not cut there (The Sun).
    if (k < e && hyphenatedCapitalAt(tokens, k)) continue;
    const phrase = sourceText(tokens, s, k);
    // The name as written ("BBC News", not the gazetteer's "BBC"): users search for what the text says.
    // A known name followed by a channel of it ("BBC Radio 6 Music") is that channel, the whole run.
    const channel = k < e && lookupOutlet(phrase) && isMediumWord(tokens[k]!.text) ? channelEnd(tokens, k, e) : -1;
    if (channel > k && !placeOpensClause(channel)) return asWritten(sourceText(tokens, s, channel));
    // "told DAZN España": a known network with a country or language after it is that edition, the name as written.
    if (k < e && isEditionWord(tokens[k]!.text) && !placeOpensClause(k + 1) && lookupOutlet(phrase)) return asWritten(sourceText(tokens, s, k + 1));
    // ("a volunteer with the Red Cross": "Red" opening a longer name is no magazine.)
    if (lookupOutlet(phrase) && !(k === s + 1 && k < e && ordinaryOutletOpensLongerName(tokens, s))) return spelledOutBefore(tokens, asWritten(phrase), i);
    // (A quoted name counts after "a review for", not after "wrote in": "I wrote in “Ralph Nader” on my ballot".)
    const quotedNameCounts = quoted && isQuoteMark(tokens[e] ?? tokens[s]!) && OUTLET_LEAD_AFTER.has(lead) && !(lead === 'in' && /^(?:wrote|writes|write)$/.test(tokens[i - 1]?.normal ?? ''));
    // "told the Idaho Statesman": after "the", a town and a newspaper's word name a local paper the data need not list.
    const localPaper = s > i + 1 && tokens[s - 1]!.text === 'the' && givesWordsTo(lead, tokens[i - 1]?.normal ?? '') && endsInNewspaperWord(phrase);
    if (k === e && !pastReach && (named > 0 || styled || recogniseOutlet(phrase) || quotedNameCounts || localPaper)) return asWritten(phrase);
  }
  // "told Eater London.", "told Dublin Live through …": an outlet's shape where the tag ends (told-name-at-tag-end.ts).
  const shaped = s === i + 1 && !pastReach && !quoted && tellingVerb(lead) ? outletShapedToldName(tokens, s, e) : null;
  if (shaped) return shaped;
  // "told Broadcast magazine", "told Campaign magazine": a capitalised name right after the verb of telling, then a
  // kind of publication in small letters, is that publication, as written, known or not (the kind word says so).
  if (e > s && e - s <= 3 && s === i + 1 && !quoted && !pastReach && tellingVerb(lead) && PUBLICATION_KINDS.test(tokens[e]?.text ?? '')) return asWritten(sourceText(tokens, s, e));
  // "in an interview with DZBB radio": an unknown station acronym (call signs outside the US open with other
  // letters) followed by its medium in small letters is the station the words were given to.
  if (e === s + 1 && /^[A-Z]{3,5}$/.test(tokens[s]!.text) && /^\p{Ll}/u.test(tokens[e]?.text ?? '') && isStationMediumNoun(tokens[e]!.text) && givesWordsTo(lead, tokens[i - 1]?.normal ?? '')) return tokens[s]!.text;
  return null;
}

/** Kinds of publication written in small letters after a name: "Broadcast magazine", "Nuts magazine". */
const PUBLICATION_KINDS = /^(?:magazine|newspaper|journal|website|newsletter)$/;

/** tokens[k] is a hyphen inside a word before capital letters only: the "-" of "Keystone-SDA". */
function hyphenBeforeLetters(tokens: Token[], k: number): boolean {
  return hyphenInWord(tokens, k) && ALL_CAPITALS.test(tokens[k + 1]!.text);
}

const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** One word that is an outlet's name as the data writes it in small letters: "dpa" (knownNameInSmallLetters). */
function smallLetterOutletAt(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  return /^\p{Ll}/u.test(word) && lookupOutlet(word) === word;
}

/**
 * "told dpa", "on heute-journal": an outlet the data writes in small letters is named so, though the run of
 * capitals that finds other names stops at once there. Only as the data writes it: "told afp" is no outlet.
 */
function knownNameInSmallLetters(tokens: Token[], s: number, hi: number): string | null {
  if (!/^\p{Ll}/u.test(tokens[s]?.text ?? '')) return null;
  for (let k = Math.min(hi, s + 4); k > s; k--) {
    const phrase = sourceText(tokens, s, k);
    if (lookupOutlet(phrase) === phrase) return phrase;
  }
  return null;
}

/**
 * A known outlet whose name opens with a small-letter article of its own language at tokens[s] ("el Nuevo Herald",
 * "de Volkskrant"), as written; null otherwise. (Only names data/outlets.json knows: "told de facto leaders" is none.)
 */
function knownNameAfterSmallArticle(tokens: Token[], s: number, hi: number): string | null {
  if (!/^\p{Ll}{1,3}$/u.test(tokens[s]?.text ?? '') || /^(?:the|a|an)$/.test(tokens[s]!.normal) || !/^\p{Lu}/u.test(tokens[s + 1]?.text ?? '')) return null;
  let e = s + 1;
  while (e < hi && e < s + 5 && /^\p{Lu}/u.test(tokens[e]!.text) && !isQuoteMark(tokens[e]!)) e++;
  for (let k = e; k > s + 1; k--) {
    const phrase = sourceText(tokens, s, k);
    if (lookupOutlet(phrase)) return asWritten(phrase);
  }
  return null;
}

/**
 * Where a name run ending at tokens[e] ends once it goes on through a link word ("di Como"); e when none follows.
 * (Through every link word: "Correio do Povo da Serra".)
 */
function throughNameLink(tokens: Token[], e: number, hi: number): number {
  while (isOutletNameLinkWord(tokens[e]?.text ?? '')) {
    let end = e + 1;
    while (end < hi && end < e + 4 && /^\p{Lu}/u.test(tokens[end]!.text) && !isQuoteMark(tokens[end]!)) end++;
    if (end === e + 1) break;
    e = end;
  }
  return e;
}

/** "for three seasons", "for the past two series" within tokens[from, hi) before a comma: a run in a series (cues.json role_duration_units). */
function runInSeries(tokens: Token[], from: number, hi: number): boolean {
  const units = cueLexicon().roleDurationUnits;
  for (let k = from; k < hi && k < from + 12 && tokens[k]!.text !== ','; k++) {
    if (tokens[k]!.normal === 'for' && [2, 3, 4].some((d) => units.has(tokens[k + d]?.normal ?? ''))) return true;
  }
  return false;
}

/**
 * The whole title when the run of capitalised words tokens[s, e) stops at a title's small word and the title
 * goes on in title case to its closing quotation mark (a comma or full stop may close it inside the marks):
 * “Tea with Ana Ruiz,”. Null otherwise.
 */
function quotedTitleThroughSmallWords(tokens: Token[], s: number, e: number): string | null {
  if (e <= s || !/^\p{Ll}/u.test(tokens[e]?.text ?? '')) return null;
  let close = e;
  while (close < s + 12 && tokens[close] && !isQuoteMark(tokens[close]!)) close++;
  if (!tokens[close] || !isQuoteMark(tokens[close]!)) return null;
  const last = /^[,.]$/.test(tokens[close - 1]!.text) ? close - 1 : close;
  if (last <= e || !isTitleCase(tokens.slice(s, last).map((t) => t.text)) || !/^\p{Lu}/u.test(tokens[last - 1]!.text)) return null;
  return sourceText(tokens, s, last);
}

/** A news word alone at tokens[at] ("Herald" in "the Herald said"), not the first word of a longer name ("the Herald Sun"). */
function loneNewsWord(tokens: Token[], at: number): boolean {
  const head = tokens[at]?.text;
  // (Nothing after "told the" in an article cut off there.)
  // (Nor the head of a title with "of": "the Register of Deeds"; nor the first half of a hyphenated name: "the Star-Ledger";
  // nor the first word of a known name that runs on through a small word: "the Globe and Mail".)
  return !!head && isOutletHead(head) && !/^\p{Lu}/u.test(tokens[at + 1]?.text ?? '') && tokens[at + 1]?.normal !== 'of' && !hyphenInWord(tokens, at + 1) && !knownNameThroughSmallWord(tokens, at, at + 1, tokens.length);
}

/**
 * The known outlet a capitalised run from s to e continues past one small word into ("Sight" + "and
 * Sound"): only a name the gazetteer knows, so "told Reuters and Bloomberg" stays two names.
 */
function knownNameThroughSmallWord(tokens: Token[], s: number, e: number, hi: number): string | null {
  if (e === s || e >= hi || !isInnerOutletNameWord(tokens[e]!.text) || !/^\p{Lu}/u.test(tokens[e + 1]?.text ?? '')) return null;
  let end = e + 1;
  while (end < hi && end < e + 4 && (/^[\p{Lu}\d&!]/u.test(tokens[end]!.text) || (isInnerOutletNameWord(tokens[end]!.text) && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? ''))) && !isQuoteMark(tokens[end]!)) end++;
  for (let k = end; k > e + 1; k--) {
    const phrase = sourceText(tokens, s, k);
    if (lookupOutlet(phrase)) return asWritten(phrase);
  }
  return null;
}

/**
 * A known name (data/outlets.json) running from tokens[s] past the capitalised run [s, e) through a possessive
 * or a slash to more capitals or digits: "Lloyd's List", "Página/12". As written; null otherwise.
 */
function knownNameThroughJoiner(tokens: Token[], s: number, e: number, hi: number): string | null {
  if (e >= hi || !/^(?:['’]s|\/)$/.test(tokens[e]!.text) || !/^[\p{Lu}\d]/u.test(tokens[e + 1]?.text ?? '')) return null;
  let end = e + 1;
  while (end < hi && end < e + 4 && /^[\p{Lu}\d]/u.test(tokens[end]!.text) && !isQuoteMark(tokens[end]!)) end++;
  for (let k = end; k > e + 1; k--) {
    const phrase = sourceText(tokens, s, k);
    if (lookupOutlet(phrase)) return asWritten(phrase);
  }
  return null;
}

/** "CNBC reporter", "reporter from CNBC" at tokens[s] (after "told a"), within the clause ending at hi: the reporter's outlet. */
function reporterOutlet(tokens: Token[], s: number, hi: number): string | null {
  // (A job, a preposition, "the" and a name of five words at most: ten tokens hold any such phrase.)
  return s < hi ? staffOutletOpening(sourceText(tokens, s, Math.min(hi, s + 10)))?.outlet ?? null : null;
}

/**
 * "Deadline's “Inside the Frame” podcast", "Variety's podcast “Inside the Frame”": a programme an outlet owns
 * (a known outlet, its possessive, then a title in quotation marks before or after a programme kind); the
 * title, or null (also for an untitled "Variety's podcast", which is the outlet's).
 */
function ownedProgrammeTitle(tokens: Token[], s: number, hi: number): string | null {
  let e = s;
  while (e < hi && e < s + 5 && /^[\p{Lu}\d&!]/u.test(tokens[e]!.text)) e++;
  if (e === s || !/^['’]s$/.test(tokens[e]?.text ?? '') || !lookupOutlet(sourceText(tokens, s, e))) return null;
  const after = e + 1;
  if (PROGRAMME_KINDS.has(tokens[after]?.normal ?? '')) {
    const named = programmeTitleAfter(tokens, after);
    return named?.quoted && named.end <= hi ? named.title : null;
  }
  // "on RTP's own morning programme Bom Dia that …": small words before the kind, the title after it, quoted or
  // closed by a date or the clause's end.
  let kind = after;
  while (kind < after + 3 && /^\p{Ll}/u.test(tokens[kind]?.text ?? '') && !PROGRAMME_KINDS.has(tokens[kind]!.normal)) kind++;
  if (kind > after && PROGRAMME_KINDS.has(tokens[kind]?.normal ?? '') && /^\p{Ll}/u.test(tokens[kind]!.text)) {
    const named = programmeTitleAfter(tokens, kind);
    if (named && named.end <= hi && (named.quoted || closesProgrammeTitle(tokens, named.end))) return named.title;
  }
  // A known programme after the possessive, unquoted: "said on NBC's Meet the Press" (small words inside its name);
  // one the data writes in small letters too ("told ZDF's heute-journal").
  const small = knownNameInSmallLetters(tokens, after, hi);
  if (small) return small;
  if (/^\p{Lu}/u.test(tokens[after]?.text ?? '')) {
    const lead = tokens[s - 1]?.normal === 'the' ? tokens[s - 2]?.normal ?? '' : tokens[s - 1]?.normal ?? '';
    // ("told BBC Radio 4's Today programme that …": one told the broadcaster, "programme" written out after the
    // title, gives the broadcaster; "speaking on" it gives the programme, and a podcast is its own medium: "told
    // the BBC's Rugby Weekly podcast".)
    const titled = titleBeforeKind(tokens, after, hi);
    if (titled && cueLexicon().tellingVerbs.has(lead) && /^program(?:me)?$/.test(tokens[after + titleTokens(tokens, after, titled)]?.normal ?? '')) return null;
    for (let k = Math.min(hi, after + 6); k > after; k--) {
      const phrase = asWritten(sourceText(tokens, after, k));
      if (/^\p{Lu}/u.test(tokens[k - 1]!.text) && lookupOutlet(phrase)) return phrase;
    }
    if (titled) return titled;
    // "speaking on BBC Radio 1's Night Owls on Tuesday": a broadcaster's programme, closed by a date or the clause's end.
    // "told ARD's Morgenmagazin on Sunday": after a verb of telling too, but no person of the broadcaster.
    // ("in an interview with CTV's Power Play", "spoke with NPR's Morning Desk": "with" after an interview's word is
    // a telling too; a host named there keeps the broadcaster, "an interview with CNN's Fareed Zakaria".)
    const leadAt = tokens[s - 1]?.normal === 'the' ? s - 2 : s - 1;
    const interviewWith = lead === 'with' && cueLexicon().interviewVerbs.has(tokens[leadAt - 1]?.normal ?? '');
    const programme = lead === 'on' ? broadcasterProgrammeAfter(tokens, after) : cueLexicon().tellingVerbs.has(lead) || interviewWith ? broadcasterProgrammeAfter(tokens, after, true) : null;
    if (programme) return programme;
  }
  if (!tokens[after] || !isQuoteMark(tokens[after]!)) return null;
  let close = after + 1;
  // (The closing mark may end the clause: "on NBC's “Capitol Hour.”" closing an inverted frame.)
  while (close < hi && close < after + 10 && !isQuoteMark(tokens[close]!)) close++;
  if (close > hi || !tokens[close] || !isQuoteMark(tokens[close]!) || close === after + 1) return null;
  // A broadcaster's title alone is its programme ("said on NBC's “Sunday Ledger”"); a paper's or a studio's
  // quoted title is a piece or a film unless a programme's kind word follows.
  if (!PROGRAMME_KINDS.has(tokens[close + 1]?.normal ?? '') && outletKind(lookupOutlet(sourceText(tokens, s, e))!) !== 'broadcaster') return null;
  const title = sourceText(tokens, after + 1, close).replace(/[,.]$/, '');
  return /^[\p{Lu}\d]/u.test(title) ? title : null;
}

/**
 * "on the network's Morning Edition program", "told the station's As It Happens show": after "the" and a noun
 * for a broadcaster (network, station, channel) in the possessive, a capitalised title closed by a small-letter
 * programme kind word, or a programme data/outlets.json knows, is the programme the words went out on.
 */
function programmeOfBroadcasterNoun(tokens: Token[], s: number, hi: number): string | null {
  if (kindOfOutletWord(tokens[s]?.normal ?? '') !== 'broadcaster' || !/^['’]s$/.test(tokens[s + 1]?.text ?? '')) return null;
  // ("the network's “Morning Joe” program": the title may stand in quotation marks, closed before the kind word.)
  const quoted = !!tokens[s + 2] && isQuoteMark(tokens[s + 2]!);
  const after = quoted ? s + 3 : s + 2;
  if (!/^\p{Lu}/u.test(tokens[after]?.text ?? '')) return null;
  if (quoted) {
    let close = after;
    while (close < hi && close < after + 7 && !isQuoteMark(tokens[close]!)) close++;
    if (close >= hi || !isQuoteMark(tokens[close]!)) return null;
    const title = asWritten(sourceText(tokens, after, close).replace(/[,.]$/, ''));
    const kind = tokens[close + 1];
    return lookupOutlet(title) || (kind && PROGRAMME_KINDS.has(kind.normal) && /^\p{Ll}/u.test(kind.text)) ? title : null;
  }
  for (let k = Math.min(hi, after + 6); k > after; k--) {
    const phrase = asWritten(sourceText(tokens, after, k));
    if (/^\p{Lu}/u.test(tokens[k - 1]!.text) && lookupOutlet(phrase)) return phrase;
  }
  return titleBeforeKind(tokens, after, hi);
}

/**
 * "on BBC Radio 5 Live's Drive programme", "on WNYC's Morning Desk show": an unquoted title right after a known
 * outlet's possessive (tokens[from]), closed by a small-letter programme kind word, is the programme the words
 * went out on; it names the outlet, as a quoted one does. Capitalised words, maybe small linking words inside
 * ("State of the Union"), up to six; null when no kind word closes them.
 */
function titleBeforeKind(tokens: Token[], from: number, hi: number): string | null {
  let e = from;
  while (e < hi && e < from + 6 && (/^[\p{Lu}\d]/u.test(tokens[e]!.text) || (e > from && TITLE_LINKS.has(tokens[e]!.text)))) e++;
  if (e === from || !/^[\p{Lu}\d]/u.test(tokens[e - 1]!.text)) return null;
  const kind = tokens[e];
  return kind && e < hi && PROGRAMME_KINDS.has(kind.normal) && /^\p{Ll}/u.test(kind.text) ? sourceText(tokens, from, e) : null;
}

/**
 * A programme's title in quotation marks at tokens[s], named so by its kind word: after "the" with the kind
 * right after the closing mark ("the “Plated” podcast"), or with no "the" and the kind in apposition after it
 * ("“Hollow Bay,” the podcast"). The title (a closing comma or stop inside the marks left out), or null.
 */
function quotedTitleOfKind(tokens: Token[], s: number): string | null {
  if (!tokens[s] || !isQuoteMark(tokens[s]!)) return null;
  let close = s + 1;
  while (close < tokens.length && close < s + 10 && !isQuoteMark(tokens[close]!)) close++;
  if (close === s + 1 || !tokens[close] || !isQuoteMark(tokens[close]!)) return null;
  const title = sourceText(tokens, s + 1, close).replace(/\s*[,.]$/, '');
  if (!/^[\p{Lu}\d]/u.test(title)) return null;
  const kindWord = (k: number) => PROGRAMME_KINDS.has(tokens[k]?.normal ?? '') && /^\p{Ll}/u.test(tokens[k]!.text);
  if (tokens[s - 1]?.normal === 'the') return kindWord(close + 1) ? title : null;
  const the = tokens[close + 1]?.text === ',' ? close + 2 : close + 1;
  return tokens[the]?.normal === 'the' && kindWord(the + 1) ? title : null;
}

/** How many tokens from tokens[from] spell the title (the kind word follows them). */
function titleTokens(tokens: Token[], from: number, title: string): number {
  let n = 1;
  while (from + n < tokens.length && sourceText(tokens, from, from + n) !== title) n++;
  return n;
}

/** Small words inside a programme's title ("State of the Union", "Later with Ana Ruiz"). */
const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'with', 'and', 'at', 'in', 'on', '&']);


/** The programme the article names after this kind word ("the music podcast “Side B”", "the show Night Desk"), when it names exactly one; else null. */
function onlyProgrammeNamed(tokens: Token[], kind: string): string | null {
  const titles = programmeTitlesOfKind(tokens, kind);
  return titles.size === 1 ? [...titles][0]! : null;
}

/** Verbs of appearing on a broadcaster: "appeared on WGN". */
const APPEARED = /^(?:appeared|appearing|appears|appear)$/;
