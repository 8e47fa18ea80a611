/** The speaker named after the cue: "…," said Ana Ruiz; according to a spokesman for the council, …. */
import { pluralPossessiveBeforeNoun } from './body-name-possessives.js';
import type { Token } from '../types.js';
import { isSourceCloseness } from '../lexicon/source-closeness.js';
import { ANONYMOUS_HEADS, ORGANIZATION_HEADS, isRoleWord } from '../nlp/words.js';
import { isGivenNameToken, isParticle, isRoyalTitle } from '../nlp/names.js';
import { hyphenInWord } from '../nlp/name-shapes.js';
import { isDayWord, isMonth, isTimeWord } from '../nlp/time-words.js';
import { placeOfficeBeforePlace, representativeBeforeSeat } from '../nlp/constituency.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { bodyNameEnd, headLastNameEnd } from './body-names.js';
import { describedPerson, descriptionHead, documentLike, evidenceLike, isDocumentHead, isEvidenceWord, personLike, pluralOfRole } from './described-speakers.js';
import { appositionIsBodyKind, bodyNamedAfterComma, describedBodyEnd } from './body-speakers.js';
import { description, isQuoteMark, type SpeakerPhrase } from './speaker-phrase.js';
import { outletNameThroughOf } from './outlet-name-runs.js';
import { civicBodyEnd, civicBodyName } from './civic-body-names.js';
import { isCap, isNameToken, surnameAfterGivenName, wordPiece, classify, roleFieldBefore, ampersandInName, hyphenatedCapitalAt, roleOf, nicknameInName, joinerInFixedTitle } from './classify-phrase.js';

export const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);

/** tokens[k] is a noun for a person or people in small letters, or opening the sentence: "producer", "Critics". */
export function personBeforeOn(tokens: Token[], k: number, lo: number): boolean {
  const t = tokens[k]!;
  return (t.pos === 'NOUN' || (t.pos === 'PROPN' && k === lo)) && (!isCap(t) || k === lo) && isPersonNoun(t.normal);
}

/** The speaker phrase starting just after tokens[cue] ("said Smith", "said the director, Ruth Okafor"). */
export function subjectAfter(tokens: Token[], cue: number, hi: number): SpeakerPhrase | null {
  let i = cue + 1;
  if (i >= hi) return null;
  // "…,” said Parents for Safe Streets": a civic group's whole name, past its "for" or "Against".
  const civic = civicBodyEnd(tokens, i, hi);
  if (civic > i) return civicBodyName(tokens, i, civic);
  let j = i;
  // "according to police": a speaker noun the tagger read as a verb.
  // … and a capitalised word the tagger read as a verb ("said Chase Holloway", "said Concord resident X").
  const speakerNoun = (t: Token) => (t.pos === 'VERB' && (ORGANIZATION_HEADS.has(t.normal) || ANONYMOUS_HEADS.has(t.normal))) || (isCap(t) && (t.pos === 'VERB' || t.pos === 'X'));
  // "said one retired teacher" / "a well-placed organiser": a participle the tagger read as a verb, inside the phrase.
  const participle = (k: number) => k > i && tokens[k]!.pos === 'VERB' && /(?:ed|ing)$/.test(tokens[k]!.normal) && /^(ADJ|NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '');
  // "the union-backed institute": a word glued to a hyphen is part of the compound whatever its tag.
  const glued = (k: number) => (k > i && tokens[k - 1]!.text === '-' && tokens[k - 1]!.end === tokens[k]!.start) ||
    (tokens[k + 1]?.text === '-' && tokens[k]!.end === tokens[k + 1]!.start && tokens[k + 1]!.end === tokens[k + 2]?.start);
  // "said the Queen of Soul", "said the Duke of Harwell": a royal title's "of" and the capitalised words after it are the title's.
  const royalOf = (k: number) => k > i && tokens[k]!.normal === 'of' && isCap(tokens[k - 1]!) && isRoyalTitle(tokens[k - 1]!.text) && !!tokens[k + 1] && (isCap(tokens[k + 1]!) || (tokens[k + 1]!.normal === 'the' && !!tokens[k + 2] && isCap(tokens[k + 2]!)));
  // "according to a source on the show", "said an insider on the set": "on" after a noun for a person keeps the description going.
  // (Not a time: "said a source on Monday", "on the day".)
  const onAfterPersonNoun = (k: number) => k > i && tokens[k]!.normal === 'on' && personBeforeOn(tokens, k - 1, i) && tokens[k + 1]?.pos === 'DET' && !!tokens[k + 2] && tokens[k + 2]!.pos === 'NOUN' && !isTimeWord(tokens[k + 2]!.normal) && tokens[k + 2]!.normal !== 'day';
  // "said a statement from the Okonjo family", "said a letter by Senator Ned Park": the author after a
  // document is part of the phrase, as it is before a cue ("A statement from the Okonjo family said").
  // (Not a report or a survey: "according to a report by Reuters" is the outlet's, read later.)
  const authorOfDocument = (k: number) => k > i && /^(from|by)$/.test(tokens[k]!.normal) && tokens[k - 1]!.pos === 'NOUN' && isDocumentHead(tokens[k - 1]!.normal) && !isEvidenceWord(tokens[k - 1]!.normal) && !!tokens[k + 1] && (tokens[k + 1]!.normal === 'the' || isCap(tokens[k + 1]!));
  // "said Head of Sales and Marketing Priya Lal": a role's field, its "of" and "and" included, runs on to the
  // name (classify finds where the name starts). Not past a name: "said Professor of Law Ana Ruiz of Kent University".
  // ("said Special Agent in Charge Robert Haines": a fixed title's "in" joins the title, no place after a person noun.)
  const roleField = (k: number) => k > i && ((/^(of|for|and|&)$/.test(tokens[k]!.normal) && !!tokens[k + 1] && isCap(tokens[k + 1]!) && roleFieldBefore(tokens, k + 1)) || joinerInFixedTitle(tokens, k)) && !tokens.slice(i, k).some(isGivenNameToken);
  // "according to the Department of Water and Power": a body's joined name is one phrase (see body-names.ts);
  // so is a known outlet's through its "of" ("the Times of India", see outlet-name-runs.ts).
  const bodyEnd = (k: number) => (k > i ? Math.max(bodyNameEnd(tokens, k - 1, hi), describedBodyEnd(tokens, k, i, hi), headLastNameEnd(tokens, k, i, hi), outletNameThroughOf(tokens, k, i, hi)) : -1);
  // "according to sources familiar with the deal", "said a person close to the singer", "a person involved with the film":
  // the adjective's complement is part of the description, as it is before a cue.
  // (The whole phrase then describes someone unnamed: "a source close to Mr. Trump" is no quote of Trump's.)
  let closeness = -1;
  // ("two people with knowledge of the contract": a noun of knowing takes "with" between it and the person noun.)
  const personNounBefore = (k: number) => k >= i && ((isPersonNoun(tokens[k]!.normal) && !isCap(tokens[k]!)) || (tokens[k]!.normal === 'with' && k - 1 >= i && isPersonNoun(tokens[k - 1]!.normal) && !isCap(tokens[k - 1]!)));
  const closenessComplement = (k: number) => k > i + 1 && isSourceCloseness(tokens[k - 1]!.normal, tokens[k]!.normal) && personNounBefore(k - 2) && !!tokens[k + 1] && NP_POS.has(tokens[k + 1]!.pos);
  // (… the word itself too, when the tagger reads it as a verb: "a person briefed on the talks".)
  const closenessWord = (k: number) => k > i && !!tokens[k + 1] && isSourceCloseness(tokens[k]!.normal, tokens[k + 1]!.normal) && personNounBefore(k - 1);
  // (… and the "with" before a noun of knowing: "people with knowledge of …".)
  const withBeforeCloseness = (k: number) => k > i && tokens[k]!.normal === 'with' && !!tokens[k + 2] && isSourceCloseness(tokens[k + 1]!.normal, tokens[k + 2]!.normal) && personNounBefore(k - 1);
  // Where a body's name after a person noun's for/at/with ended ("a spokesman for the company"): a time, an
  // adjective or participle, or a given name there ends the description ("… Wednesday", "… familiar with", "… Tom Reese").
  let described = -1;
  // "said Carla “The Wall” Jensen": a nickname inside the name is stepped over (classify reads the name without it).
  const nicknameEnd = (k: number) => (k > i && nicknameInName(tokens, k)?.open === k ? nicknameInName(tokens, k)!.close + 1 : -1);
  // "according to the farmers' union": a plural's possessive apostrophe inside the phrase is no quotation mark.
  const possessiveMark = (k: number) => k > i && pluralPossessiveBeforeNoun(tokens, k);
  while (j < hi && !(j === described && endsDescription(tokens, j)) && (possessiveMark(j) || NP_POS.has(tokens[j]!.pos) || isParticle(tokens[j]!.text) || tokens[j]!.text === '-' || speakerNoun(tokens[j]!) || participle(j) || glued(j) || royalOf(j) || roleField(j) || (j > i && ampersandInName(tokens, j, i)) || onAfterPersonNoun(j) || closenessWord(j) || withBeforeCloseness(j) || closenessComplement(j) || authorOfDocument(j) || (j > i && (wordPiece(tokens, j) || surnameAfterGivenName(tokens, j, i))) || bodyEnd(j) > j) && (!isQuoteMark(tokens[j]!) || possessiveMark(j)) && !/^(who|whom|whose|which|that)$/.test(tokens[j]!.normal)) {
    if (closeness < 0 && closenessComplement(j)) closeness = j;
    const next = Math.max(j + 1, bodyEnd(j));
    if (j > i && next === describedBodyEnd(tokens, j, i, hi)) described = next;
    j = next;
    if (j < hi && nicknameEnd(j) > j) j = nicknameEnd(j);
  }
  if (j === i) return null;
  if (closeness >= 0) {
    // ("familiar with Musk’s thinking": the possessed noun after "’s", which the tagger may read as a verb.)
    if (j < hi && /^['’]s$/.test(tokens[j - 1]!.text) && /^\p{Ll}+$/u.test(tokens[j]!.text)) j++;
    return description(tokens, i, j);
  }
  const classified = classify(tokens, i, j);
  if (!classified) return null;
  // "said a volunteer with the Red Cross": the described person speaks, never the body named in the description.
  const phrase = j === described && classified.kind !== 'anonymous' ? describedPerson(tokens, i, j) ?? classified : classified;
  // "said an analyst at Korvel Bank Tom Reese": the name after the described body is the speaker.
  if (j === described && isCap(tokens[j]!) && isGivenNameToken(tokens[j]!)) {
    let k = j + 1;
    while (k < hi && isNameToken(tokens[k]!, false)) k++;
    const named = classify(tokens, j, k);
    if (named?.kind === 'person') return { ...named, role: roleOf(phrase.text) };
  }
  // "said Van Oord, the Dutch dredging firm": a firm or a brand by its apposition, though its name reads as a person's.
  if (phrase.kind === 'person' && tokens[j]?.text === ',') {
    let k = j + 1;
    // (A hyphen inside a word is no break, and its two pieces count as one word: "a box-office analyst".)
    let reach = j + 8;
    while (k < hi && k < reach && (tokens[k]!.pos !== 'PUNCT' || hyphenInWord(tokens, k))) if (hyphenInWord(tokens, k++)) reach += 2;
    if ((k >= hi || tokens[k]!.pos === 'PUNCT') && !isQuoteMark(tokens[k] ?? tokens[j]!) && appositionIsBodyKind(tokens, j + 1, k - 1)) return { ...phrase, kind: 'organization', role: null, title: null };
    // "said Carlos Medina, a spokesman for the agency": an apposition opening with an article says the person's role.
    if ((k >= hi || tokens[k]!.pos === 'PUNCT') && !isQuoteMark(tokens[k] ?? tokens[j]!) && !phrase.role && /^(a|an|the)$/.test(tokens[j + 1]?.normal ?? '')) {
      // (Folded words, as a role before a name is read: "the Harbour Master" is the fixed title "harbor master".)
      const role = roleOf(tokens.slice(j + 1, k).map((t, n, all) => (n > 0 && (t.text === '-' || all[n - 1]!.text === '-') && all[n - 1]!.end === t.start ? '' : ' ') + t.normal).join('').trim());
      if (role) return { ...phrase, role };
    }
    // "said Amy Cortez, president of the Cinema Guild": an apposition opening with a role word in small letters,
    // no article, says the role too, however long the body after it ("…, speaking from Paris" opens with none).
    const bare = tokens[j + 1];
    // (The role word heads a noun phrase: "president of …", "chief executive at …"; "chief among the critics" is no title.)
    const afterBare = tokens[j + 2];
    const headsRole = !afterBare || afterBare.pos === 'PUNCT' || /^(?:of|at|for|with|to|and)$/.test(afterBare.normal) || isRoleWord(afterBare.normal);
    if (!phrase.role && bare && bare.pos !== 'PUNCT' && /^\p{Ll}/u.test(bare.text) && isRoleWord(bare.normal) && headsRole) {
      let end = j + 1;
      while (end < hi && (tokens[end]!.pos !== 'PUNCT' || hyphenInWord(tokens, end))) end++;
      const role = roleOf(tokens.slice(j + 1, end).map((t) => t.normal).join(' '));
      if (role) return { ...phrase, role };
    }
  }
  // "said the director, Ruth Okafor," → the name after the comma; also after the place or body the role
  // is of: "said the MP for Westbridge, Carla Denning", "said the mayor of Harrowgate, Tom Fenwick".
  // (… and past a place after the described body: "a volunteer with the Red Cross in Harwell, Maria Velez".)
  const comma = phrase.kind === 'anonymous' ? afterRoleComplement(tokens, j === described && tokens[j]!.normal === 'in' ? afterRoleComplement(tokens, j, hi, true) : j, hi) : j;
  // "said the Labour MP for Hartwell Jo Pike": a seat and the name with no comma between (see classify).
  // (Also the place of an office: "said Mayor of Harrowgate Tom Fenwick".)
  const before = tokens.slice(Math.max(i, j - 3), j + 1).map((t) => t.text);
  if (comma > j && (representativeBeforeSeat(before) || placeOfficeBeforePlace(before))) {
    const seated = classify(tokens, i, comma);
    if (seated?.kind === 'person') return seated;
  }
  if (phrase.kind !== 'person' && phrase.kind !== 'pronoun' && tokens[comma]?.text === ',') {
    let k = comma + 1;
    // (A hyphenated surname is one name: "according to insiders, Ruiz-Delgado had …" is no source "Ruiz".)
    const hyphenated = (m: number) => m > comma + 1 && (hyphenatedCapitalAt(tokens, m) || (hyphenatedCapitalAt(tokens, m - 1) && m - 1 > comma + 1));
    while (k < hi && (isNameToken(tokens[k]!, k === comma + 1) || (k > comma + 1 && wordPiece(tokens, k)) || hyphenated(k))) k = nicknameInName(tokens, k + 1)?.open === k + 1 ? nicknameInName(tokens, k + 1)!.close + 1 : k + 1;
    if (k > comma + 1 && !opensReportedClause(tokens, cue, k, hi)) {
      const named = classify(tokens, comma + 1, k);
      if (named && named.kind === 'person') return { ...named, role: roleOf(phrase.text) };
      // "according to the state weather bureau, PAGASA, …": a body's name set off after a description in
      // small letters names the body described; the name, not the description, is the source.
      if (named?.kind === 'organization' && tokens[k]?.text === ',' && smallDescription(tokens, i, comma) && !documentLike(phrase) && !evidenceLike(phrase)) return { ...named, phraseStart: phrase.start };
    }
    // "said the bakery's founders, the Marrow family": a body's proper name after "the" names the people described.
    const body = phrase.kind === 'anonymous' ? bodyNamedAfterComma(tokens, comma, hi, classify) : null;
    if (body && (personLike(phrase) || pluralOfRole(descriptionHead(phrase)))) return { ...body, phraseStart: phrase.start };
  }
  return phrase;
}

/** tokens[i, comma) are "the" and words in small letters only: a description, no name of its own ("the state weather bureau"). */
function smallDescription(tokens: Token[], i: number, comma: number): boolean {
  if (comma - i < 2 || tokens[i]!.normal !== 'the') return false;
  for (let k = i + 1; k < comma; k++) if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)) return false;
  return true;
}

/** Whether tokens[k], right after a described body's name, ends the description: a time, an adjective, a participle, a given name. */
function endsDescription(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return isTimeWord(t.normal) || isDayWord(t.normal) || isMonth(t.normal) || /^(last|this|next)$/.test(t.normal) || t.pos === 'ADJ' ||
    (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.normal)) || (isCap(t) && isGivenNameToken(t));
}

/**
 * Past a role's complement of capitalised words at tokens[j] ("for Westbridge", "of the Port Authority"):
 * the index after it, or j when there is none.
 */
function afterRoleComplement(tokens: Token[], j: number, hi: number, place = false): number {
  if (!(place ? /^in$/ : /^(of|for|from|at)$/).test(tokens[j]?.normal ?? '')) return j;
  let k = j + 1;
  if (tokens[k]?.normal === 'the') k++;
  const first = k;
  while (k < hi && k < first + 6 && isCap(tokens[k]!) && !isQuoteMark(tokens[k]!)) k++;
  if (k > first || place) return k > first ? k : j;
  return smallComplementBeforeComma(tokens, j, hi);
}

/**
 * "said the manager of the hotel near Lake Orrin, Claire Dunne": a complement in small letters (one to three
 * words, the last a noun), maybe placed by a preposition and a capitalised place, then a comma: the comma's
 * index, else j. (Only up to a comma, where a name may follow.)
 */
function smallComplementBeforeComma(tokens: Token[], j: number, hi: number): number {
  let k = j + 1;
  if (/^(the|a|an)$/.test(tokens[k]?.normal ?? '')) k++;
  const first = k;
  while (k < hi && k < first + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) && /^(NOUN|ADJ|PROPN)$/.test(tokens[k]!.pos)) k++;
  if (k === first || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return j;
  if (k < hi && cueLexicon().descriptionPlacePrepositions.has(tokens[k]!.normal)) {
    let m = k + 1;
    if (tokens[m]?.normal === 'the') m++;
    const place = m;
    while (m < hi && m < place + 4 && isCap(tokens[m]!) && !isQuoteMark(tokens[m]!)) m++;
    if (m === place) return j;
    k = m;
  }
  return tokens[k]?.text === ',' ? k : j;
}

/**
 * Whether the name ending before tokens[k], after "according to the tally,", opens the clause reported
 * ("according to the tally, Reyes leads …") rather than naming the source: it does unless it ends there or
 * goes on with punctuation, a preposition, "and" or a relative. Only after an according-kind phrase ("according
 * to", "per"): after "said the director," the name is the director ("said the port’s director, Ruth Okafor
 * last week").
 */
function opensReportedClause(tokens: Token[], cue: number, k: number, hi: number): boolean {
  if (!endsAccordingPhrase(tokens, cue)) return false;
  // ("according to the insider, Pellerin, 34, proposed …": an aside between commas, then the name's verb.)
  if (asideThenVerb(tokens, k, hi)) return true;
  return k < hi && !/^(PUNCT|ADP|CCONJ)$/.test(tokens[k]!.pos) && !/^(who|whose)$/.test(tokens[k]!.normal);
}

/**
 * Whether tokens[cue] ends a cue phrase of the according kind in the cue data ("according to", "per",
 * "as quoted by"): after one, the source comes first and the clause reported may follow its comma.
 */
function endsAccordingPhrase(tokens: Token[], cue: number): boolean {
  return (accordingByLastWord().get(tokens[cue]!.normal) ?? []).some((words) => {
    const first = cue - words.length + 1;
    return first >= 0 && words.every((w, n) => tokens[first + n]!.normal === w);
  });
}

let accordingPhrases: Map<string, string[][]> | undefined;

/** The according-kind cue phrases' words by their last word, gathered once from the cue lexicon. */
function accordingByLastWord(): Map<string, string[][]> {
  if (accordingPhrases) return accordingPhrases;
  accordingPhrases = new Map();
  for (const list of cueLexicon().phrases.values()) {
    for (const { kind, words } of list) if (kind === 'according') accordingPhrases.set(words.at(-1)!, [...(accordingPhrases.get(words.at(-1)!) ?? []), words]);
  }
  return accordingPhrases;
}

/**
 * One or more asides between commas from tokens[k] (an age, "of Turin", "a harbour pilot", "who runs
 * the bakery") with a finite verb right after the last closing comma: the name before them is the
 * subject of that verb ("Pellerin, 34, of Lyon, proposed …"), not an apposition naming the source
 * ("according to the spokesman, Ruth Okafor, the pier …").
 */
function asideThenVerb(tokens: Token[], k: number, hi: number): boolean {
  let comma = k;
  for (let n = 0; n < 3 && tokens[comma]?.text === ','; n++) {
    const close = asideClose(tokens, comma, hi);
    if (close < 0) return false;
    const next = tokens[close + 1];
    if (next && /^(VERB|AUX)$/.test(next.pos) && !/ing$/.test(next.normal)) return true;
    comma = close;
  }
  return false;
}

/**
 * The comma closing an aside that opens after the comma tokens[comma]: a relative clause ("who runs the
 * bakery", which has its own verb) or a short phrase without a verb ("19", "of Turin"); -1 if none.
 */
function asideClose(tokens: Token[], comma: number, hi: number): number {
  const relative = /^(who|whom|whose|which)$/.test(tokens[comma + 1]?.normal ?? '');
  const reach = relative ? 12 : 6;
  for (let m = comma + 1; m < hi && m <= comma + reach; m++) {
    const t = tokens[m]!;
    if (t.text === ',') return m > comma + (relative ? 2 : 1) ? m : -1;
    if (isQuoteMark(t) || (t.pos === 'PUNCT' && t.text !== '-')) return -1;
    if (relative) continue;
    if (/^(VERB|AUX|SCONJ|CCONJ)$/.test(t.pos) || /^(who|whom|whose|which|that)$/.test(t.normal)) return -1;
  }
  return -1;
}
