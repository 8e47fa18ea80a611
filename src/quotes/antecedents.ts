import type { Token } from '../types.js';
import { firstLineEnd, firstLineIs, writtenAsWord, writtenInSmallLetters } from './small-letter-words.js';
import { familyFirstNameEnd, genderOfFirstName, isGivenNameToken, isParticle, isRoyalTitle, placeAfterName, type Person, type PersonRegistry } from '../nlp/names.js';
import { DESCRIPTORS, ORGANIZATION_HEADS, ORGANIZATION_TAILS, isRoleWord, POSSESSIVE_PRONOUNS, PRONOUN_GENDER } from '../nlp/words.js';
import { inModelLexicon, winkInstance } from '../nlp/analyze.js';
import { lineBreakBetween, startsWithCapital } from '../text/boundaries.js';
import { cueLexicon, isCueVerbForm } from '../lexicon/cues.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { isCityNotGivenName } from '../lexicon/place-names.js';
import { isNationalityWord, nationalityNounWords } from '../lexicon/nationalities.js';
import { isTitleRole, titledName } from './titles.js';
import { isPartyMemberNoun } from '../lexicon/party-tags.js';
import { classify, descriptionHead, hyphenatedCapitalAt, personLike, sourceText, type SpeakerPhrase } from './speaker.js';
import { monthAsGivenName } from '../nlp/month-given-name.js';
import type { Attribution } from './attribution.js';
import { relativeGivenName } from './relative-given-name.js';
import { ageAfter } from '../nlp/described-after.js';
import { rolePrefixStart } from './role-prefix-subject.js';
import { personByContext } from './person-name-contexts.js';
import { stageNameBefore } from './real-name-aside.js';
import { isHeadlineVerb } from '../lexicon/headline-verbs.js';
import { isDayWord } from '../nlp/time-words.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { oneWordPersonEvidence } from './one-word-person.js';

/** "Lee and Park signed …", "actors Reed and Lee have …": a name joined to another is two people, no antecedent of "he". */
export function coordinated(tokens: Token[], first: number, end: number): boolean {
  return /^(and|or)$/.test(tokens[first - 1]?.normal ?? '') || /^(and|or)$/.test(tokens[end]?.normal ?? '');
}

/** A description of several people: its head word is plural ("the two agencies", "ferry riders"), not "news" or "press". */
export function pluralGroup(sp: SpeakerPhrase): boolean {
  if (!personLike(sp)) return false;
  const head = descriptionHead(sp);
  return (/s$/.test(head) && !/(?:ss|us|is|news)$/.test(head)) || /^(people|staff|police|public|crowd)$/.test(head);
}

/** A person named in the article, and where. */
export interface NameMention {
  at: number;
  person: Person;
  /** The name opens its clause and its verb follows: "Asked about it, Oona Berg declines …". */
  subject?: boolean;
  /** The name is what someone was asked about ("When Lee was asked about Park, she …"): no pronoun's first choice. */
  topic?: boolean;
}

/**
 * Every capitalised multi-word personal name outside quotations, in order (so surnames resolve later).
 * Returns every mention of a registered person (full name or surname), in document order.
 */
export function registerNames(text: string, tokens: Token[], inQuote: Uint8Array, registry: PersonRegistry): NameMention[] {
  const runs: { at: number; name: string; subject: boolean; topic?: boolean; part?: boolean }[] = [];
  const alone = surnamesUsedAlone(tokens, inQuote);
  const nicknamed = nicknamedNames(text);
  // (Where a relative named in full shares a lone surname subject's name, the relative is left unregistered: the
  // registry would take the full name for the surname's bearer. See loneSurnameSubject.)
  let relativeUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    // Desmond “Dez” Okafor: the name without its nickname, the nickname an alias for a later "Dez said".
    const nick = inQuote[i] ? undefined : nicknamed.get(tokens[i]!.start);
    if (nick) {
      const person = registry.add(nick.name);
      registry.addNickname(nick.nickname, person);
      const from = i;
      while (i + 1 < tokens.length && tokens[i + 1]!.start < nick.end) i++;
      runs.push({ at: tokens[from]!.start, name: nick.name, subject: opensClauseAsSubject(tokens, from, i) });
      continue;
    }
    // "Park Dong-hyun", "Han Ji-woo": a family name first and a hyphenated given name, whatever the tagger read
    // them as, is one person's name (its family name alone the short form, see PersonRegistry.find).
    const familyFirst = inQuote[i] ? -1 : familyFirstNameEnd(tokens, i);
    if (familyFirst > 0 && !inQuote[familyFirst - 1]) {
      const name = sourceText(tokens, i, familyFirst);
      registry.add(name);
      runs.push({ at: tokens[i]!.start, name, subject: opensClauseAsSubject(tokens, i, familyFirst - 1) });
      i = familyFirst - 1;
      continue;
    }
    // ("Ward, whose …": the tagger may read a lone surname opening a sentence as a verb.)
    if (!inQuote[i] && tokens[i + 2]?.normal === 'whose' && !registry.find([tokens[i]!.text], true) && loneSurnameSubject(text, tokens, i)) {
      registry.add(tokens[i]!.text);
      runs.push({ at: tokens[i]!.start, name: tokens[i]!.text, subject: false });
      relativeUntil = i + 10;
      continue;
    }
    if (inQuote[i] || tokens[i]!.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(tokens[i]!.text)) continue;
    // ("lost to the Argentine Tomás Ibarra": a nationality before a given name describes the person; the name starts after it.)
    if (isNationalityWord(tokens[i]!.text) && tokens[i + 1] && !inQuote[i + 1] && isGivenNameToken(tokens[i + 1]!)) continue;
    let j = i;
    // A hyphenated given name is one word of the name too: "Anne-Marie Duval".
    if (hyphenatedCapitalAt(tokens, i + 1) && !inQuote[i + 2]) j = i + 2;
    // A surname the tagger reads as a verb ("Dana Lynch") joins the run; a headline's verb after a full name ("Ann Lee Wins") does not.
    while (j + 1 < tokens.length && !nicknamed.has(tokens[j + 1]!.start) && !inQuote[j + 1] && !lineBreakBetween(text, tokens[j]!, tokens[j + 1]!) && !headlineVerbAfterName(text, tokens, i, j) && (((tokens[j + 1]!.pos === 'PROPN' || (tokens[j + 1]!.pos === 'VERB' && (j === i || firstGivenNameAfterTitle(tokens, i, j)))) && /^\p{Lu}/u.test(tokens[j + 1]!.text)) || particleBeforeSurname(tokens, j + 1))) {
      j++;
      // A hyphenated surname is one word of the name: "Ana Ruiz-Delgado".
      if (hyphenatedCapitalAt(tokens, j + 1) && !inQuote[j + 2]) j += 2;
    }
    // (A place needs a run of four words at least: "Ted Marsh of Dakota".)
    const place = j - i >= 3 ? placeAfterName(tokens.slice(i, j + 1).map((t) => t.text)) : -1;
    if (place > 0) j = i + place - 1;
    const phrase = classify(tokens, i, j + 1);
    // Only names that look personal: two to four words, a known given name first, not an organisation.
    if (phrase?.kind === 'person' && !(i <= relativeUntil && registry.find([tokens[j]!.text], true)?.tokens.length === 1)) {
      // "King Roderic", "Princess Elin": a royal title and a given name alone are the name the person goes by.
      const royal = royalName(tokens, i, j, phrase.start, phrase.name);
      if (royal) {
        registry.add(royal, phrase.title);
        runs.push({ at: phrase.start, name: royal, subject: opensClauseAsSubject(tokens, i, j) });
        i = j;
        continue;
      }
      const words = phrase.name.split(' ');
      // (A given name not in our list is one still when the article goes on to use the surname alone:
      // "Halden Ruiz" … "Ruiz said".)
      if (words.length >= 2 && words.length <= 4 && (listedGivenName(words[0]!) || (phrase.start === tokens[i]!.start && monthAsGivenName(tokens, i)) || unlistedGivenName(text, words, phrase.start, alone, registry) || titledPerson(tokens, i, j, phrase.start, words, phrase.title) || (phrase.start === tokens[i]!.start && roleApposition(tokens, i, j, words)) || subjectBeforePronoun(tokens, inQuote, i, j, words) || agedName(text, tokens, j, words) || (phrase.start === tokens[i]!.start && personByContext(tokens, i, j, words)))) registry.add(phrase.name, phrase.title);
      // (One word: a person by its apposition or its verb, see loneSurnameSubject; someone named in full before keeps it.)
      else if (words.length === 1 && j === i && !registry.find(words, true) && (loneSurnameSubject(text, tokens, i) || (listedGivenName(words[0]!) && relativeGivenName(tokens, i)) || oneWordSubjectBeforePronoun(text, tokens, inQuote, i))) registry.add(phrase.name);
      // "Ms Marlow, 46, runs the show. “…,” she said.": a courtesy title and a surname is a person, a woman or a man
      // by the title, though the article never gives the full name.
      else if (words.length === 1 && !registry.find(words, true) && isCourtesyTitle(phrase.title)) registry.add(phrase.name, phrase.title);
      runs.push({ at: phrase.start, name: phrase.name, subject: opensClauseAsSubject(tokens, i, j), topic: askedAbout(tokens, i), part: namesPart(text, phrase.start, tokens[j]!.end) });
      // "Dwayne Okoro, known as The Hammer, …": the alias in apposition names the same person later.
      const alias = aliasAfterName(tokens, inQuote, j);
      // (One with an alias is a person, though we do not list the given name: "Ivo Brandt, nicknamed …".)
      const aliased = alias && words.length >= 2 && words.length <= 4 ? registry.find(words, true) ?? registry.add(phrase.name, phrase.title) : undefined;
      if (alias && aliased) registry.addNickname(alias, aliased);
      // "T-Bone, whose real name is Marcus Ellery, …": the stage name before the aside is another name for the same person.
      const stage = words.length >= 2 && words.length <= 4 && phrase.start === tokens[i]!.start ? stageNameBefore(tokens, inQuote, i) : null;
      if (stage) registry.addNickname(stage, registry.find(words, true) ?? registry.add(phrase.name, phrase.title));
    }
    i = j;
  }
  const mentions: NameMention[] = [];
  // A name the article gives as a part someone plays is never a pronoun's antecedent, at any mention: the actor is.
  const parts = new Set(runs.filter((r) => r.part).map((r) => registry.find(r.name.split(/\s+/), true)));
  for (const r of runs) {
    const person = registry.find(r.name.split(/\s+/), true);
    if (person && !parts.has(person)) mentions.push({ at: r.at, person, subject: r.subject, ...(r.topic ? { topic: true } : {}) });
  }
  return mentions;
}

// "stars as Ruth Calder", "who plays Detective Rosa Lane", "starring as the union organizer Ruth Calder": a role verb, up to
// three small-letter words describing the part, then the name. (Not "portrayed by Allen": the agent is the actor.)
const PART_BEFORE = /\b(?:plays|played|playing|portrays|portrayed|portraying|(?:stars?|starred|starring|cast|reprises|reprised|reprising)[ \t]+as)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,3}$/u;
// "Ruth Calder, played by …": the name set off as a part an actor plays.
const PART_AFTER = /^[ \t]*,?[ \t]*\(?(?:played|portrayed|voiced)[ \t]+by\b/;

/** The name at text[start..end] is given as a part someone plays. */
function namesPart(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (PART_BEFORE.test(before) && !/\b(?:by|for|with|in|on|at|against|alongside|opposite)[ \t]+(?:[\p{Ll}-]+[ \t]+)*$/u.test(before.replace(/^[^]*\b(?:plays|played|playing|portrays|portrayed|portraying|as)\b/u, ' '))) return true;
  return PART_AFTER.test(text.slice(end, end + 30));
}

/** The name at tokens[i] follows "asked about" / "questioned about": the question's topic, not its answerer. */
function askedAbout(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.normal === 'about' && /^(?:asked|questioned|quizzed|pressed)$/.test(tokens[i - 2]?.normal ?? '');
}

/**
 * The name at tokens[from..to] opens a sentence or follows an opening participle clause, and its verb comes
 * next (after an apposition): "Asked about it, Oona Berg declines …", not "after Super Tuesday balloting".
 */
function opensClauseAsSubject(tokens: Token[], from: number, to: number): boolean {
  // ("White House press secretary Karoline Leavitt echoed …": an office before the name opens the sentence with it.)
  const before = tokens[rolePrefixStart(tokens, from) - 1];
  const opens = !before || (before.pos === 'PUNCT' && /^[.!?]$/.test(before.text)) || /\n/.test(before.text) || afterIntroClause(tokens, from) || afterPrepositionalOpener(tokens, from) || CLAUSE_SUBORDINATORS.has(before.normal);
  if (!opens) return roleAppositionSubject(tokens, from, to);
  const verb = adverbsSkipped(tokens, appositionEnd(tokens, to + 1));
  return tokens[verb]?.pos === 'VERB' || tokens[verb]?.pos === 'AUX' || verbBeforeTo(tokens, verb);
}

/** Most adverbs between a subject and its verb: "Anneliese Varga later addressed …", "Lee then also said …". */
const MAX_SUBJECT_ADVERBS = 2;

/** The token after up to two small-letter adverbs from tokens[at] (the verb of "X later addressed …"). */
function adverbsSkipped(tokens: Token[], at: number): number {
  let k = at;
  while (k - at < MAX_SUBJECT_ADVERBS && tokens[k]?.pos === 'ADV' && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  return k;
}

/**
 * A surname particle at tokens[k] that goes on to a capitalised word: "von Ahlen", "de la Cruz" (a second
 * particle between), "al-Tayeb" (its hyphen glued on both sides).
 */
function particleBeforeSurname(tokens: Token[], k: number): boolean {
  if (!isParticle(tokens[k]?.text ?? '')) return false;
  const next = tokens[k + 1];
  if (next && isParticle(next.text) && /^\p{Ll}/u.test(next.text)) return /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '');
  if (next?.text === '-' && next.start === tokens[k]!.end && tokens[k + 2]?.start === next.end) return /^\p{Lu}/u.test(tokens[k + 2]!.text);
  return /^\p{Lu}/u.test(next?.text ?? '');
}

/** Words giving a person's other name in apposition, besides cues.json alias_openers: "nicknamed", "dubbed". */
const ALIAS_VERBS = /^(?:nicknamed|dubbed)$/;
/** Most words of an alias ("The Iron Lady"), its article included. */
const MAX_ALIAS_WORDS = 4;

/**
 * The other name a person goes by, set in commas right after the name ending at tokens[end]: "Dwayne Okoro, known
 * as The Hammer, …", "…, nicknamed the Iron Lady, …" ("the" kept: it opens the alias when it is used alone).
 * Capitalised words only, closed by a comma or the sentence's end; none in a quotation.
 */
function aliasAfterName(tokens: Token[], inQuote: Uint8Array, end: number): string | null {
  if (tokens[end + 1]?.text !== ',') return null;
  let k = end + 2;
  if (ALIAS_VERBS.test(tokens[k]?.normal ?? '')) k++;
  else {
    const opener = cueLexicon().aliasOpeners.find((words) => words.every((w, n) => tokens[k + n]?.normal === w));
    if (!opener) return null;
    k += opener.length;
  }
  const first = k;
  if (tokens[k]?.normal === 'the') k++;
  const named = k;
  while (k < tokens.length && k - first < MAX_ALIAS_WORDS && startsWithCapital(tokens[k]!.text) && /^\p{L}/u.test(tokens[k]!.text) && !inQuote[k]) k++;
  if (k === named || !/^[,.;]$/.test(tokens[k]?.text ?? '')) return null;
  return sourceText(tokens, first, k);
}

/**
 * GIVEN “NICK” SURNAME (or with straight quotes): a given name we list, a one-word nickname in quotation
 * marks, a capitalised surname. Keyed by the given name's offset.
 */
function nicknamedNames(text: string): Map<number, { name: string; nickname: string; end: number }> {
  const out = new Map<number, { name: string; nickname: string; end: number }>();
  // (Every match holds a closing mark, a space and a capital; most articles have none, and the pattern tries each capital.)
  if (!/[“"]/.test(text) || !/[”"] \p{Lu}/u.test(text)) return out;
  const re = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) (?:“(\p{Lu}[\p{L}'’.-]*)”|"(\p{Lu}[\p{L}'’.-]*)") (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])/gu;
  for (const m of text.matchAll(re)) {
    if (!listedGivenName(m[1]!)) continue;
    out.set(m.index!, { name: `${m[1]} ${m[4]}`, nickname: (m[2] ?? m[3])!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * "Halden Ruiz" … "Ruiz said": two words read as a name whose first word is no given name we list, taken
 * as one when the surname stands alone elsewhere, no one known already bears it ("Barack Obama" before a
 * headline's "Corners Obama"), the name is not in a headline on the article's first line, and the
 * first word never appears in small letters in the article (an ordinary word: "Team Trump", "Top Clinton").
 */
function unlistedGivenName(text: string, words: string[], at: number, alone: Set<string>, registry: PersonRegistry): boolean {
  // (Three words too: a given and a middle name before the surname, "Halden Ravi Ruiz" … "Ruiz said".)
  if (words.length < 2 || words.length > 3) return false;
  const surname = words[words.length - 1]!;
  const given = words.slice(0, -1);
  if (!alone.has(surname) || !given.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  // ("Democrats Hillary Clinton", "Celebrities Julianne Moore": a group noun before a listed given name is no first name.)
  if (words.length === 3 && /s$/.test(words[0]!) && listedGivenName(words[1]!)) return false;
  const lowered = given.map((w) => w.toLowerCase());
  if (lowered.some((w) => ORGANIZATION_HEADS.has(w) || isRoleWord(w) || DESCRIPTORS.has(w))) return false;
  if (registry.find([surname], true)) return false;
  // (Both scans of the whole article remembered for it: a long article asks them for every two-word name.)
  const firstLine = firstLineEnd(text);
  if ((firstLine < 0 || at < firstLine) && firstLineIs(text, headlineLike)) return false;
  // (Neither given word is an ordinary word the article also writes in small letters.)
  return lowered.every((w) => !writtenAsWord(text, w));
}

/**
 * "Smith, the goalkeeper, agreed." / "Castellane met Oren Vask in 2019.": one capitalised word opening a sentence
 * (or right after a quotation), then a person's description in commas or a verb only a person does
 * (cues.json person_subject_verbs), is a person known by the surname, an antecedent for a later "he" or "she"
 * (resolvePronoun takes one of unknown gender only when none of the pronoun's own is in reach). No place,
 * organisation, city, role or ordinary word (one the article also writes in small letters): "Paris met the news …";
 * a meeting verb only before a person's full name ("Boeing met analysts …" names no one).
 */
function loneSurnameSubject(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const before = tokens[i - 1];
  // "“…,” says Ward, whose wife, Maria Ward, …": after an inverted cue the surname is the subject too.
  if (whoseClauseAfter(tokens, i) && invertedCueBefore(tokens, i)) return relativeSharingSurname(tokens, i);
  // ("Asked about the memoir, Reyes laughed.": after an opening participle clause the surname opens the clause too.)
  if (before && !/^[.!?]$/.test(before.text) && !/\n/.test(before.text) && !isQuoteMarkText(before.text) && !lineBreakBetween(text, before, t) && !afterIntroClause(tokens, i)) return false;
  const lower = t.text.toLowerCase();
  if (namesPlaceBodyOrRole(t.text)) return false;
  const lex = cueLexicon();
  // (Asked last: a scan of the whole article, for the few words that have the shape of a lone surname.)
  const inSmallLetters = () => writtenInSmallLetters(text, lower);
  const next = tokens[i + 1];
  if (!next) return false;
  // "Ward, whose wife, Maria Ward, teaches, said": a relative named in full inside the subject's own "whose"
  // clause shares the surname but is not the subject, who is a person known by it alone.
  if (next.text === ',' && tokens[i + 2]?.normal === 'whose') return relativeSharingSurname(tokens, i);
  if (next.text === ',' && /^(the|a|an)$/.test(tokens[i + 2]?.normal ?? '')) {
    for (let c = i + 3; c < tokens.length && c <= i + 7; c++) {
      if (tokens[c]!.text !== ',') continue;
      const d = classify(tokens, i + 2, c);
      // (A plural or a body's head describes a team or a firm, not the one person: "Everton, the visitors, …".)
      return d?.kind === 'anonymous' && personLike(d) && !pluralHead(descriptionHead(d)) && !ORGANIZATION_HEADS.has(descriptionHead(d)) && !inSmallLetters();
    }
    return false;
  }
  // (A plural common noun the tagger takes for a name opening a sentence is a group: "Guests smiled …".)
  if (lex.personSubjectVerbs.has(next.normal)) return !pluralCommonNoun(lower) && !inSmallLetters();
  const object = tokens[i + 2];
  return lex.personMeetingVerbs.has(next.normal) && !!object && genderOfFirstName(object.text) !== 'unknown' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 3]?.text ?? '') && !pluralCommonNoun(lower) && !inSmallLetters();
}

/** Whether ", whose" follows the word at tokens[i]. */
function whoseClauseAfter(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.text === ',' && tokens[i + 2]?.normal === 'whose';
}

/** A cue verb just before tokens[i], itself just after a closing quotation mark or a comma ("…,” says Ward). */
function invertedCueBefore(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 1];
  const mark = tokens[i - 2];
  return !!verb && !!mark && (isQuoteMarkText(mark.text) || mark.text === ",") && isCueVerbForm(verb.text);
}

/** Within the "whose" clause after the lone surname at tokens[i], a full name (given name first) ending in that surname. */
function relativeSharingSurname(tokens: Token[], i: number): boolean {
  for (let k = i + 4; k < tokens.length && k <= i + 10; k++) {
    if (/^[.!?]$/.test(tokens[k]!.text)) return false;
    if (tokens[k]!.text === tokens[i]!.text && genderOfFirstName(tokens[k - 1]!.text) !== 'unknown') return true;
  }
  return false;
}

/** A description's head in the plural: "visitors", "hosts", "people" (not "boss", "actress", "alumnus"). */
function pluralHead(head: string): boolean {
  return /^(?:people|men|women|children|folk|staff|police)$/.test(head) || /\p{Ll}{2}[^su]s$/u.test(head);
}

/**
 * A word in small letters that is the plural of a noun in the tagger's own lexicon: "strangers", "guests", "fans".
 * A surname's shape stays ("Williams", "Hughes": no dictionary word), though some surnames are such plurals too
 * ("Banks"); a full name before keeps those (registerNames looks it up before asking here).
 */
function pluralCommonNoun(lower: string): boolean {
  if (!/[^su]s$/.test(lower) || !inModelLexicon(lower)) return false;
  const nlp = winkInstance();
  const lemma = nlp.readDoc(lower).tokens().out(nlp.its.lemma as never)[0] as string | undefined;
  if (!lemma || lemma === lower || !inModelLexicon(lemma)) return false;
  return nlp.readDoc(`the ${lower}`).tokens().out(nlp.its.pos)[1] === 'NOUN';
}

/** A quotation mark's text (a closing one before the word: "“…” Smith, the goalkeeper, …"). */
function isQuoteMarkText(s: string): boolean {
  return /^[“”"'‘’]$|^''$|^``$/.test(s);
}

/**
 * "Odile Marchand lost in the final. “…,” she said.": two capitalised words opening a sentence as its subject
 * (a verb right after them), then a "he" or "she" outside quotation marks in the next sentence with no other
 * name between, are a person's name though its given name is not one we list.
 */
function subjectBeforePronoun(tokens: Token[], inQuote: Uint8Array, i: number, j: number, words: string[]): boolean {
  if (words.length !== 2 || j !== i + 1 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  // ("His rival Odile Marchand lost …": a possessive's description before the name opens the sentence with it.)
  // ("White House press secretary Odile Marchand said …": so does an office.)
  const described = possessiveDescriptionStart(tokens, i);
  const opening = described < i ? described : rolePrefixStart(tokens, i);
  const before = tokens[opening - 1];
  if (before && !(before.pos === 'PUNCT' && /^[.!?]$/.test(before.text)) && !/\n/.test(before.text)) {
    if ((before.end < tokens[opening]!.start - 1 || before.pos !== 'PUNCT') && !afterIntroClause(tokens, opening)) return false;
  }
  const first = words[0]!.toLowerCase();
  if (ORGANIZATION_HEADS.has(first) || isRoleWord(first) || DESCRIPTORS.has(first) || cueLexicon().placeNames.has(words[0]!) || cueLexicon().placeNames.has(words.join(' '))) return false;
  const { placeNameWords, thingNameOpeners } = cueLexicon();
  if (thingNameOpeners.has(words[0]!) || ORGANIZATION_TAILS.has(words[1]!.toLowerCase()) || words.some((w) => placeNameWords.has(w.toLowerCase()))) return false;
  // ("Odile Marchand, his rival, lost …": the verb comes after the name's apposition.)
  return pronounInNextSentence(tokens, inQuote, j, false);
}

/**
 * The subject ending at tokens[j] has its verb next (after an apposition), and the next sentence has "he" or "she"
 * outside quotation marks with no other name between: the pronoun's only antecedent.
 */
function pronounInNextSentence(tokens: Token[], inQuote: Uint8Array, j: number, platformsAllowed: boolean): boolean {
  const verb = adverbsSkipped(tokens, appositionEnd(tokens, j + 1));
  if (tokens[verb]?.pos !== 'VERB' && tokens[verb]?.pos !== 'AUX' && !verbBeforeTo(tokens, verb)) return false;
  let sentences = 0;
  for (let k = verb + 1; k < tokens.length && k < j + 80; k++) {
    const t = tokens[k]!;
    if (inQuote[k]) continue;
    if (t.pos === 'PUNCT' && /^[.!?]$/.test(t.text) && ++sentences > 1) return false;
    // ("In a post on X, she said …": a name inside the next sentence's opening phrase is no rival antecedent.)
    // ("… toured the valley on Monday.": a weekday is no one who could take the pronoun.)
    // ("Jiwoo posted a letter on Instagram on Sunday.": for one word, a place or platform after "on", "in", "at" in
    // the name's own sentence is no one either.)
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !isDayWord(t.normal) && !(sentences === 1 && pronounAfterOpeningPhrase(tokens, k)) && !(platformsAllowed && sentences === 0 && /^(?:on|in|at)$/.test(tokens[k - 1]?.normal ?? ''))) return false;
    // (A pronoun in the name's own sentence tells more, or that it is a body's: "… whether it would appeal".)
    if (sentences === 0 && t.pos === 'PRON' && /^(?:he|she|it|they|his|her|its|their)$/.test(t.normal)) return false;
    if (sentences === 1 && (t.normal === 'he' || t.normal === 'she')) return true;
  }
  return false;
}

/**
 * A capitalised word that names a place, a known body, a role, a descriptor or opens a thing's name: no one known
 * by one word (asked by both one-word person readers, loneSurnameSubject and oneWordSubjectBeforePronoun).
 */
function namesPlaceBodyOrRole(word: string): boolean {
  const lex = cueLexicon();
  const lower = word.toLowerCase();
  return lex.placeNames.has(word) || isCityNotGivenName(word) || isKnownOrganisation(word) || ORGANIZATION_HEADS.has(lower) || ORGANIZATION_TAILS.has(lower) || isRoleWord(lower) || DESCRIPTORS.has(lower) || lex.thingNameOpeners.has(word) || lex.placeNameWords.has(lower);
}

/**
 * "Union leader Hartmann spoke on Wednesday. “…,” he said.", "Jiwoo posted a letter on Instagram. “…,” she
 * wrote.": one capitalised word as the subject, then "he" or "she" in the next sentence, is a person known by one
 * name, when something else says it is one (see oneWordPersonEvidence): the pronoun alone is not enough
 * ("Trelvane met analysts in May. “…,” she said." may be a firm's spokeswoman). Never a known body, place or
 * outlet, nor (opening its sentence with no role before it) an English word, nor a word the article also writes in
 * small letters.
 */
function oneWordSubjectBeforePronoun(text: string, tokens: Token[], inQuote: Uint8Array, i: number): boolean {
  const word = tokens[i]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || inQuote[i]) return false;
  const lower = word.toLowerCase();
  if (namesPlaceBodyOrRole(word) || lookupOutlet(word) || nationalityNounWords([word]) > 0) return false;
  const afterRole = rolePrefixStart(tokens, i) < i;
  if (!afterRole && inModelLexicon(lower) && genderOfFirstName(word) === 'unknown') return false;
  if (!oneWordPersonEvidence(tokens, i)) return false;
  // (The name opens its sentence, after a role if any, or follows an opening phrase: "Asked about it, Hartmann …".)
  const opening = rolePrefixStart(tokens, i);
  const before = tokens[opening - 1];
  if (before && !(before.pos === 'PUNCT' && /^[.!?]$/.test(before.text)) && !/\n/.test(before.text) && !afterIntroClause(tokens, opening)) return false;
  if (writtenInSmallLetters(text, lower)) return false;
  return pronounInNextSentence(tokens, inQuote, i, true);
}

/**
 * "Teresita Bautista, 54, sat with …": an age set off by commas after two or three capitalised words is how news
 * introduces a resident or victim, a person's name though its given name is not one we list.
 */
function agedName(text: string, tokens: Token[], j: number, words: string[]): boolean {
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && ageAfter(text.slice(tokens[j]!.end, tokens[j]!.end + 12));
}

/** ("Odile Marchand declines to comment": the tagger reads a present-tense verb before "to VERB" as a plural noun.) */
function verbBeforeTo(tokens: Token[], at: number): boolean {
  return tokens[at]?.pos === 'NOUN' && /s$/.test(tokens[at]!.text) && tokens[at + 1]?.normal === 'to' && tokens[at + 2]?.pos === 'VERB';
}

// "The rumours began after Vera Lind deleted …": subordinators whose clause has a subject of its own ("as" and
// "while" left out: "such as", "while in office").
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'because', 'until', 'once', 'since']);

/**
 * "During the livestream, Kai Ramsey addressed …", "In the district, Mehmet Demir, 52, stood …": a sentence
 * opened by a short prepositional phrase and its comma has its subject right after that comma.
 */
function afterPrepositionalOpener(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== ',') return false;
  for (let k = at - 2, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    const start = k === 0 || (tokens[k - 1]!.pos === 'PUNCT' && /^[.!?]$/.test(tokens[k - 1]!.text)) || /\n/.test(tokens[k - 1]!.text) || /\n/.test(t.text);
    if (start) return t.pos === 'ADP' && /^\p{Lu}/u.test(t.text);
  }
  return false;
}

/** Most tokens from a word inside a sentence's opening phrase to the comma that closes it. */
const MAX_OPENER_TAIL = 6;

/**
 * The token at tokens[at] stands in a prepositional phrase opening its sentence, and "he" or "she" follows the
 * phrase's comma as the subject: "In a post on X, she said …", "At the Berlinale, he told …".
 */
function pronounAfterOpeningPhrase(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + MAX_OPENER_TAIL; k++) {
    if (tokens[k]!.text !== ',') continue;
    return /^(?:he|she)$/.test(tokens[k + 1]?.normal ?? '') && afterPrepositionalOpener(tokens, k + 1);
  }
  return false;
}

/**
 * "Asked about the delay, Odile Marchand declined …": a sentence opened by a participle clause and a comma
 * has its subject right after that comma.
 */
function afterIntroClause(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== ',') return false;
  for (let k = at - 2, n = 0; k >= 0 && n < 8; k--, n++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.text !== '.' && t.text !== '!' && t.text !== '?') return false;
    const start = k === 0 || (tokens[k - 1]!.pos === 'PUNCT' && /^[.!?]$/.test(tokens[k - 1]!.text)) || /\n/.test(tokens[k - 1]!.text) || /\n/.test(t.text);
    if (start) return t.pos === 'VERB' && /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(t.text);
  }
  return false;
}

/** Most words of a description between a possessive and a name, or in a name's apposition: "his longtime rival". */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * "His rival Odile Marchand", "Her new coach Odile Marchand": where the possessive pronoun opening the words in
 * small letters right before the name at tokens[i] stands; i itself when there is none.
 */
function possessiveDescriptionStart(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_DESCRIPTION_WORDS && /^(?:NOUN|ADJ)$/.test(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
  return k < i - 1 && k >= 0 && POSSESSIVE_PRONOUNS.has(tokens[k]!.normal) ? k : i;
}

/**
 * "Odile Marchand, his rival, lost …": the token after a possessive's description set off by commas that opens
 * at tokens[at]; `at` itself when none does.
 */
function appositionEnd(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== ',' || !POSSESSIVE_PRONOUNS.has(tokens[at + 1]?.normal ?? '')) return at;
  for (let k = at + 2; k < tokens.length && k <= at + 1 + MAX_DESCRIPTION_WORDS; k++) {
    if (tokens[k]!.text === ',') return k > at + 2 ? k + 1 : at;
    if (!/^(?:NOUN|ADJ)$/.test(tokens[k]!.pos) || !/^\p{Ll}/u.test(tokens[k]!.text)) return at;
  }
  return at;
}

/**
 * "Sen. Oren Halvik", "Councilwoman Tiva Renkel": a name of two or three capitalised words right after a
 * title of office or address is a person's, though its first name is not one we list.
 */
function titledPerson(tokens: Token[], runStart: number, runEnd: number, nameStart: number, words: string[], title: string | null): boolean {
  if (words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  for (let k = runStart; k <= runEnd; k++) if (tokens[k]!.start === nameStart) return titledName(tokens, k, title);
  return false;
}

/**
 * "her lawyer, Tiva Renkel, …": a name of two or three capitalised words set in commas after a person's role
 * with its possessive or article is that person's, though its first name is not one we list.
 */
function roleApposition(tokens: Token[], from: number, to: number, words: string[]): boolean {
  if (words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (tokens[from - 1]?.text !== ',' || !/^[,.;]$/.test(tokens[to + 1]?.text ?? '')) return false;
  return isRoleWord(tokens[from - 2]?.normal ?? '') && roleOwnerStart(tokens, from - 3) >= 0;
}

/**
 * Where the owner of a role ending at tokens[k] starts: "her", "the" (k itself), or a possessive noun,
 * "Australia’s", "New Zealand’s", "the club’s" (a report names a role by its team or firm as often as by
 * "the"); -1 when tokens[k] is none of these.
 */
function roleOwnerStart(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  if (/^(?:her|his|their|our|its|the)$/.test(t.normal)) return k;
  if (t.normal !== "'s" || !tokens[k - 1]) return -1;
  let s = k - 1;
  if (tokens[s]!.pos === 'PROPN') while (tokens[s - 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[s - 1]!.text)) s--;
  else if (tokens[s]!.pos !== 'NOUN') return -1;
  return /^(?:the|his|her|their|our|its)$/.test(tokens[s - 1]?.normal ?? '') ? s - 1 : s;
}

/**
 * "The captain, Pat Harlow, was …", "Australia’s captain, Pat Harlow, was …": a name set in commas after a
 * role and its owner that open the sentence is the sentence's subject when a verb follows the closing comma.
 */
function roleAppositionSubject(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.text !== ',' || tokens[to + 1]?.text !== ',' || !isRoleWord(tokens[from - 2]?.normal ?? '')) return false;
  const owner = roleOwnerStart(tokens, from - 3);
  const before = owner >= 0 ? tokens[owner - 1] : undefined;
  // (A sentence may end inside its closing quotation mark: "… was “groundless.” ¶ The group’s leader, …".)
  const closedQuotation = !!before && /^[”"’]$/.test(before.text) && /^[.!?]$/.test(tokens[owner - 2]?.text ?? '');
  if (owner < 0 || !(owner === 0 || (before!.pos === 'PUNCT' && /^[.!?]$/.test(before!.text)) || /\n/.test(before!.text) || closedQuotation)) return false;
  const verb = tokens[to + 2];
  return verb?.pos === 'VERB' || verb?.pos === 'AUX';
}

/**
 * "King Roderic", "Princess Elin": a name of one word right after a capitalised royal or noble title is
 * known by the two together (as the entities' people list names them); null for any other name.
 */
function royalName(tokens: Token[], runStart: number, runEnd: number, nameStart: number, name: string): string | null {
  if (name.includes(' ')) return null;
  for (let k = runStart + 1; k <= runEnd; k++) {
    if (tokens[k]!.start !== nameStart) continue;
    const title = tokens[k - 1]!.text;
    return isRoyalTitle(title) && /^\p{Lu}/u.test(title) && /^\p{Lu}\p{Ll}/u.test(name) ? `${title} ${name}` : null;
  }
  return null;
}

/**
 * A first line read as a headline: no sentence end, one short sentence ("Fans mourn Port Elwin star."), or
 * most words capitalised. A first paragraph of several sentences is the story's lede.
 */
function headlineLike(line: string): boolean {
  if (!/[.!?]["”’]?\s*$/.test(line)) return true;
  if (line.length < 150 && !/[.!?]["”’]?\s+\S/.test(line.trim())) return true;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/**
 * Capitalised words standing alone outside quotations, with no capitalised word on either side: "Ruiz
 * said"; a hyphenated one whole ("Ruiz-Delgado said").
 */
function surnamesUsedAlone(tokens: Token[], inQuote: Uint8Array): Set<string> {
  // (The tag first: most tokens are no proper noun.)
  const capital = (t: Token | undefined) => !!t && t.pos === 'PROPN' && startsWithCapital(t.text);
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (The hyphen's text first: this runs over every token of the article.)
    const last = tokens[i + 1]?.text === '-' && hyphenatedCapitalAt(tokens, i + 1) ? i + 2 : i;
    if (!inQuote[i] && capital(t) && !capital(tokens[i - 1]) && !hyphenatedCapitalAt(tokens, i - 1) && !capital(tokens[last + 1]) && /^\p{Lu}\p{Ll}/u.test(t.text)) out.add(last > i ? t.text + '-' + tokens[last]!.text : t.text);
    i = last;
  }
  return out;
}

/**
 * The run's last word is its first given name, after a capitalised title or role ("Actress Maya", "Senator
 * Ruth"): a capitalised word the tagger reads as a verb next is the surname ("Actress Maya Grant arrived"), as
 * after a given name opening the run. (After two names, "Ann Lee Wins", it is a headline's verb.)
 */
function firstGivenNameAfterTitle(tokens: Token[], i: number, j: number): boolean {
  if (j === i || genderOfFirstName(tokens[j]!.text) === 'unknown') return false;
  for (let k = i; k < j; k++) if (genderOfFirstName(tokens[k]!.text) !== 'unknown') return false;
  return true;
}

/**
 * A headline's verb after two words of a name, on a title-case line with no sentence end ("Host Dan Merrill Signs Off
 * After 22 Years"): the tagger may read it as a proper noun, but it opens the headline's clause (data/headline-verbs.json).
 * (In running text, "Ann Lee Signs" is rare enough as a surname, but a sentence keeps its words: only headlines cut.)
 */
function headlineVerbAfterName(text: string, tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j + 1]!;
  if (j === i || !/^\p{Lu}/u.test(next.text) || !isHeadlineVerb(next.normal)) return false;
  const lineStart = text.lastIndexOf('\n', next.start) + 1;
  const lineEnd = text.indexOf('\n', next.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return !/[.!?]["”’]?$/u.test(line) && line.split(/\s+/).filter((w) => /^\p{Ll}{4,}/u.test(w)).length === 0;
}

/** A given name we list, or a hyphenated one whose every part we list ("Anne-Marie", "Jean-Luc"). */
function listedGivenName(word: string): boolean {
  return word.split('-').every((part) => genderOfFirstName(part) !== 'unknown');
}

/**
 * he/she/they → the most recent compatible speaker, else the most recent compatible named person; never
 * `excluded`, the person the pronoun's own cue addresses ("he told Dunn").
 */
/**
 * A surname alone as a speaker, when several people named in full share it ("Tessa Marlow, 9, fell sick.
 * Her uncle, Owen Marlow, told the Courier …. “…,” Marlow said"): the one of them who last spoke, named in
 * full, in the same or the previous paragraph, unless the first holder named has spoken before; the surname's
 * first holder otherwise (see PersonRegistry.find).
 */
export function recentSurnameSpeaker(surname: string, at: number, history: Attribution[], registry: PersonRegistry, paragraphOf: (offset: number) => number): Person | null {
  if (/\s/.test(surname.trim())) return null;
  const holders = registry.surnameHolders(surname.trim());
  if (holders.length < 2) return null;
  // The first one named who has already spoken is the article's subject, and a lone surname stays theirs
  // ("Mayor Ines Varga … Varga said. Her brother, Tomas Varga, … said. … Varga said" is Ines).
  if (history.some((a) => a.at < at && a.person === holders[0])) return null;
  let latest: Attribution | null = null;
  for (const a of history) if (a.at < at && a.person && holders.includes(a.person) && (!latest || a.at > latest.at)) latest = a;
  if (!latest || latest.pronoun || !/\s/.test(latest.frame.speaker.name.trim())) return null;
  return paragraphOf(latest.at) >= paragraphOf(at) - 1 ? latest.person : null;
}

export function resolvePronoun(pronoun: string, at: number, history: Attribution[], mentions: NameMention[], excluded?: Person): { person: Person; attribution: Attribution | null } | null {
  if (pronoun === 'any') {
    // A description of unknown gender: the latest named speaker nearby, else the person named most in reach.
    const h = history.filter((x) => x.at <= at && x.at >= at - PRONOUN_REACH && x.person).pop();
    if (h) return { person: h.person!, attribution: h };
    return resolveByMentions(null, at, mentions);
  }
  const want = PRONOUN_GENDER.get(pronoun);
  if (!want || want === 'self' || want === 'plural') return null;
  // The most recent speaker of the pronoun's gender among the last few; one of unknown gender only
  // when no recent speaker has the right one.
  // "Norway will not tolerate it, she said": a place that spoke is a government, not the woman.
  const places = cueLexicon().placeNames;
  const candidate = (h: Attribution) => h.at <= at && !!h.person && h.person !== excluded && !places.has(h.person.name);
  const recent = history.filter(candidate).slice(-5).reverse();
  const exact = recent.find((h) => h.person!.gender === want || (h === recent[0] && h.person!.gender === 'unknown'));
  if (exact) return nearerNamedSubject(want, at, exact, history, mentions, excluded) ?? { person: exact.person!, attribution: exact };
  // Further back, a speaker of the pronoun's gender before one of unknown gender (who stood nearer but
  // not last): "Noor Haddad … Mara Lind … Tom Reyes says …. She …" is Noor when Lind's gender is unknown.
  const earlier = history.filter(candidate).reverse();
  const found = earlier.find((h) => h.person!.gender === want) ?? earlier.find((h) => h.person!.gender === 'unknown');
  if (found) return { person: found.person!, attribution: found };
  // A person whose gender the lexicon cannot tell ("Critic Rensa Ilves … she wrote") is the pronoun's
  // only when no one of its gender was named within reach.
  const named = resolveByMentions(want, at, mentions, excluded, true);
  return named ?? resolveByMentions('unknown', at, mentions, excluded, true) ?? resolveByMentions(want, at, mentions, excluded);
}

/** How near before a pronoun a name of unknown gender must stand to outrank an earlier speaker. */
const UNKNOWN_SUBJECT_REACH = 160;

/**
 * "Mara Lind said … . Asked about it, Oona Berg declines to comment. “…,” she says.": the person named last,
 * just before the pronoun and after the speaker it would otherwise take, is the feature's subject, though
 * the lexicon cannot tell the gender of the given name. So is one of the pronoun's gender, newly brought in
 * as a clause's subject though with no verb of speech ("During the stream, Kai Ramsey addressed …").
 */
function nearerNamedSubject(want: string, at: number, speaker: Attribution, history: Attribution[], mentions: NameMention[], excluded?: Person): { person: Person; attribution: Attribution | null } | null {
  const before = mentions.filter((m) => m.at < at);
  const last = before[before.length - 1];
  if (!last?.subject || last.person === excluded || (last.person.gender !== 'unknown' && last.person.gender !== want) || last.person === speaker.person) return null;
  if (last.at <= speaker.at || at - last.at > UNKNOWN_SUBJECT_REACH || !/\s/.test(last.person.name)) return null;
  // (One who spoke already was weighed as a speaker: one of unknown gender yields to one of the pronoun's.)
  if (history.some((h) => h.person === last.person)) return null;
  return { person: last.person, attribution: null };
}

/**
 * A person of the wanted gender (any when null) named before `at`: among those named in the last
 * stretch of text, the one named most often so far (the article's subject over a passing name), then the latest.
 */
function resolveByMentions(want: string | null, at: number, mentions: NameMention[], excluded?: Person, nearOnly = false): { person: Person; attribution: Attribution | null } | null {
  // (Someone a question was about is taken only when no one else is in reach.)
  const untopical = mentions.filter((m) => !m.topic);
  if (untopical.length < mentions.length) return resolveByMentionsIn(want, at, untopical, excluded, nearOnly) ?? resolveByMentionsIn(want, at, mentions, excluded, nearOnly);
  return resolveByMentionsIn(want, at, mentions, excluded, nearOnly);
}

function resolveByMentionsIn(want: string | null, at: number, mentions: NameMention[], excluded?: Person, nearOnly = false): { person: Person; attribution: Attribution | null } | null {
  const seen = new Map<Person, { count: number; last: number }>();
  for (const m of mentions) {
    if (m.at >= at || m.person === excluded || (want !== null && m.person.gender !== want)) continue;
    const s = seen.get(m.person) ?? { count: 0, last: 0 };
    seen.set(m.person, { count: s.count + 1, last: m.at });
  }
  let best: Person | null = null;
  let bestScore = { count: -1, last: -1 };
  for (const [person, s] of seen) {
    const near = s.last >= at - PRONOUN_REACH;
    if (nearOnly && !near) continue;
    const score = { count: near ? s.count : 0, last: s.last };
    if (score.count > bestScore.count || (score.count === bestScore.count && score.last > bestScore.last)) {
      best = person;
      bestScore = score;
    }
  }
  return best ? { person: best, attribution: null } : null;
}

export const FEMALE_ROLE = /\b(actress|woman|(?:french|english|welsh|scots|irish|dutch)woman|mother|mom|mum|wife|daughter|sister|girl|queen|princess|lady|chairwoman|spokeswoman|congresswoman|grandmother|widow)\b/i;

export const MALE_ROLE = /\b(actor|man|(?:french|english|welsh|scots|irish|dutch)man|father|dad|husband|son|brother|boy|king|prince|lord|chairman|spokesman|congressman|grandfather|frontman)\b/i;

/** "the actress", "the 35-year-old singer", "the record-label founder": one person, by role. */
export function definiteRole(text: string): boolean {
  const words = withoutOrigin(text).toLowerCase().split(/\s+/);
  if (words[0] !== 'the' || words.length > 6 || words.includes('of') || words.includes('and')) return false;
  const head = words[words.length - 1]!.replace(/[’']s$/, '');
  // ("the Florida Republican": one of a party, a role a tag or a title's party word gives.)
  // ("the major": a role only an abbreviated title gives, "Maj.".)
  // ("the Spaniard", "the New Zealander": one of a nation; "the Swede from Malmö" too, where from no part of it.)
  return (isRoleWord(head) && !/[^su]s$/.test(head)) || isPartyMemberNoun(head) || isNationalityNoun(withoutOrigin(text)) || isTitleRole(head) || /^\d+-year-old$/.test(head) || /-(?:topper|winner|nominee|maker|star)$/.test(head) || words.some((w) => /^\d+-year-old$/.test(w));
}

/** "the senator from Vermont" → "the senator": where the role holder comes from is no part of the role. */
export function withoutOrigin(description: string): string {
  return description.replace(/\s+from(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u, '');
}

/** How far back (in characters) a pronoun looks for a named antecedent before taking the latest. */
const PRONOUN_REACH = 1500;

/** A description ending in a noun for one of a nation, as written: "the Spaniard", "the 23-year-old New Zealander". */
export function isNationalityNoun(text: string): boolean {
  const words = text.split(/\s+/);
  // (After the article: "the New Zealander", not a lone "New Zealander".)
  return nationalityNounWords(words.slice(1)) > 0;
}

/** "the 23-year-old": a definite description by age only, which names no role to look up. */
export function isAgeEpithet(text: string): boolean {
  const words = text.split(/\s+/);
  return /^the$/i.test(words[0] ?? '') && /^\d+-year-old$/.test(words[words.length - 1]!);
}

/** "Mr", "Mrs", "Ms", "Miss" (with or without a stop): a title of address that says only the person's sex. */
function isCourtesyTitle(title: string | null | undefined): boolean {
  return !!title && /^(?:Mr|Mrs|Ms|Miss|Mx)\.?$/i.test(title);
}
