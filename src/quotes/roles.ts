import { isOutletKindAlsoPersonJob } from '../lexicon/outlet-kind-words.js';
import type { Token } from '../types.js';
import { genderOfFirstName, isHonorific, isRoyalTitle, type Person } from '../nlp/names.js';
import { isRoleWord, POSSESSIVE_PRONOUNS } from '../nlp/words.js';
import type { TokenView } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';
import { splitTitle } from './titles.js';
import { isKnownOrganisation } from '../lexicon/organisations.js';
import { withoutOrigin, type NameMention } from './antecedents.js';
import { partyMember, partyStateTag, type PartyStateTag } from '../lexicon/party-tags.js';
import { nameRunEnd } from '../nlp/name-run.js';
import { genderOfRelative } from '../lexicon/relatives.js';
import { officesCoveredBy } from '../lexicon/general-roles.js';

/**
 * A person named together with a role: "Sen. Tom Vick", "director Ana Ruiz", "Ana Ruiz, the film's
 * director". A later definite description ("the senator", "the director") refers to that person.
 */
export interface RoleMention {
  at: number;
  person: Person;
  /** Role words the mention gives the person ("senator" for "Sen."), lower case. */
  roles: Set<string>;
  /** Every word of the role phrase ("former", "democratic", "presidential", "candidate"), lower case. */
  words: Set<string>;
  /**
   * Capitalised words naming whose role it is ("world", "bank" in "World Bank President Ana Ruiz"): a
   * description names the role only with them ("the bank president"), not bare ("the president").
   */
  owners: string[];
}

/**
 * Words that change which office a role names: a vice president is no president, and a former
 * president is not "the president". A description and a mention must agree on them.
 */
const QUALIFIERS = new Set(['vice', 'deputy', 'assistant', 'associate', 'former', 'ex', 'acting', 'co', 'lieutenant']);

/** The role phrases written next to each person's mentions, in document order. */
export function roleMentions(view: TokenView, inQuote: Uint8Array, mentions: NameMention[]): RoleMention[] {
  const out: RoleMention[] = [];
  // "Okafor campaign manager Tom Reed": a person's name before a role says whom the role serves,
  // no organisation a description must repeat ("the campaign manager").
  const namesOfPeople = new Set(mentions.flatMap((m) => m.person.tokens.map((t) => t.toLowerCase())));
  for (const m of mentions) {
    const at = view.tokenAtOrAfter(m.at);
    if (at >= view.tokens.length || inQuote[at]) continue;
    const title = wordsBeforeName(view, inQuote, at);
    const appositions = [appositionBeforeName(view, inQuote, at), appositionAfterName(view, inQuote, at)];
    const words = [...title, ...appositions.flatMap((a) => a.words)];
    const roles = rolesOfPhrase(words);
    // "Sen. Oren Halvik, R-Fla.," … "the Florida Republican": the tag names the party's member and the state.
    const tag = tagAfterName(view, inQuote, at);
    if (tag) roles.add(tag.party[0]!);
    const tagWords = tag ? [...tag.party, ...tag.state] : [];
    // "Sen. Ana Ruiz of Florida": the place after the name qualifies the role as a tag's state does.
    tagWords.push(...placeWordsAfterName(view, inQuote, at));
    // "Ruiz's lawyer, Tom Baker,", "Tom Price, an FBI agent,": in an apposition opened by a possessor or "a", the
    // capitalised words beside one who speaks for another say whom they serve or where they work, no organisation
    // "the lawyer" must repeat. A title before the name keeps its own ("Keller spokesman Tomas Brevik") unless it
    // names a trade ("FBI agent Tom Vick", "Boeing lawyer Tom Baker"): there it says where the person works.
    const titleOwners = onlyRolesOf(rolesOfPhrase(title), cueLexicon().goBetweenTrades) ? [] : title;
    const ownerWords = [...titleOwners, ...appositions.flatMap((a) => (a.loose && onlyRolesOf(rolesOfPhrase(a.words), cueLexicon().goBetweenRoles) ? [] : a.words))];
    const owners = ownersOf(ownerWords).filter((w) => !namesOfPeople.has(w));
    if (roles.size) out.push({ at: m.at, person: m.person, roles, words: new Set([...words.map(spelledOut), ...tagWords]), owners });
  }
  return out;
}

/**
 * The person a definite description of one role refers to ("the senator" after "Sen. Tom Vick"): of the
 * people named before `at` with the description's head as a role, agreeing with it on the qualifiers
 * ("the former president") and on every capitalised word ("the Florida senator"), the one mentioned
 * last by any form of the name. Null when no one was named with the role.
 */
function roleHolder(written: string[], at: number, known: RoleMention[], mentions: NameMention[], excluded?: ReadonlySet<Person>, ownerOptional = false): Person | null {
  const holders = new Set<Person>();
  for (const m of known) if (m.at < at && !excluded?.has(m.person) && namesRole(written, m, ownerOptional)) holders.add(m.person);
  let latest: Person | null = null;
  for (const m of mentions) if (m.at < at && holders.has(m.person)) latest = m.person;
  return latest;
}

/**
 * The person a definite description refers to, given `recent`, the one recency alone picks (the latest
 * speaker or person named). The latest holder of the description's role takes its place when recent
 * does not hold the role and either is known by another role only ("Gov. Lee" before "the president
 * said") or was named before the holder was last named. Recent stays when it holds the role, or when
 * no role is known for it and it was named last (news often drops a role it takes for granted).
 * Recent is never `firstClauseSubject`, the named subject of a clause the description's is set against, when
 * known by another role only.
 * Null (the description is the speaker) when no holder is named for a role owned by an organisation in
 * small letters ("the union president") and recent has another role, for one who speaks for another
 * ("the spokeswoman"), or for a royal title ("the Queen"). `recentQuoted`: recent is the latest speaker,
 * not just the person last named.
 */
export function describedPerson(description: string, at: number, recent: Person | null, known: RoleMention[], mentions: NameMention[], recentRole?: string | null, firstClauseSubject?: Person | null, recentQuoted = false, text?: string): Person | null {
  const written = descriptionWords(description);
  if (!written.length) return recent;
  const holder = roleHolder(written, at, known, mentions);
  // "Jade Okafor has left the series, the broadcaster confirmed": a bare kind of outlet that is also a person's job
  // (data/outlet-kind-words.json person_jobs) stands for the outlet, never the person last named; only one named
  // with that job ("broadcaster Piers Morgan") is a person (described-bodies.ts finds the outlet).
  if (written.length === 1 && isOutletKindAlsoPersonJob(written[0]!.toLowerCase())) return holder;
  // "Kings general manager Danny Okafor …. Priya Anand, a former assistant general manager, said …. “…,” the general
  // manager said": the one recency picks holds the role only as another office (QUALIFIERS), so the description is
  // someone else: the one named with the role itself, here with its organisation the description leaves out
  // (sports and business news drop the team or firm once named), or no one named (the description the speaker).
  if (recent && holder !== recent && holdsRoleOnlyAsAnotherOffice(written, at, known, recent)) return holder ?? roleHolder(written, at, known, mentions, new Set([recent]), true);
  // "Tom Reyes was convicted …. Two jurors spoke to reporters. … “…,” the juror said": unnamed holders of the role
  // brought in after the one recency picks was last named, with no one named in it, are whom the description means.
  if (!holder && recent && text && unnamedHoldersBetween(written, lastNamed(recent, at, mentions), at, text)) return null;
  // "Aisha Brennan voted no. The city's budget director said …": an organisation's role names one known by no role
  // only when a sentence naming them speaks of that role or its owner ("Tony Marsh founded the label" … "the label
  // founder"); else the description is someone else, the speaker itself.
  if (!holder && (ownedDescription(written) || ownedByPossessive(written)) && recent && text && !known.some((m) => m.person === recent && m.at < at) && !tiedToDescription(written, recent, at, mentions, text)) return null;
  // No one named with that organisation's role, and the one recency picks is known by another role
  // ("President Paul Marsh" … "the union president"): the description is the speaker. One known by no
  // role stays ("Tony Marsh founded the label" … "said the label founder").
  if (!holder && ownedDescription(written) && recent && (known.some((m) => m.person === recent && m.at < at) || spokeInAnotherRole(written, recentRole))) return null;
  // "Mara Okafor …" then "the spokeswoman said": one who speaks for another is the one named with that
  // role or no one named, never the person last named or quoted. A lawyer or agent is often named by
  // what they do ("hired Ana Ruiz to handle the case", "Ana Ruiz, who represents the family,"): a bare
  // "the lawyer" is the latest named when recency did not come from a quote (the client just quoted)
  // and no other role is known for them ("Actor Tom Vick …, the agent said").
  if (speaksForAnother(written)) return holder ?? (recent && !recentQuoted && bareTrade(written) && !known.some((m) => m.person === recent && m.at < at) ? recent : null);
  // "the Queen said": a royal title names the one named with it or no one, never the latest speaker.
  if (isRoyalTitle(roleHead(lowerWords(written)))) return holder;
  // "the Florida senator said" unless the one recency picks was named with that role and no other place
  // ("Gov. Tom Reed", "Tom Reed, the governor of Texas," for "the Texas governor"): after a senator from
  // Ohio, or no senator at all, the description is someone else and stays the speaker.
  if (!holder && placeBeforeRole(written) && !(recent && heldWithoutOtherPlace(written, at, known, recent))) return null;
  // "Councillor Ana Ruiz called the plan “…”, but the mayor said …": the subject of the clause the description's
  // own is set against, known by another role, would be "she" there; the description is someone else, the
  // holder of its role or no one named. One known by no role, or by this one, may be the description
  // ("Ana Ruiz, Elton's mayor, …, but the mayor said"), and an epithet ("the 54-year-old") names no role.
  if (recent && recent === firstClauseSubject && holder !== recent && knownByAnotherRole(written, at, known, recent, recentRole)) return holder;
  // "Producer Owen Kessler …. “…,” the executive said": a general role ("the executive", "the lawmaker") covers some
  // offices only (data/general-roles.json); one named with none of them is someone else, and the description the speaker.
  if (!holder && recent && outsideGeneralRole(written, at, known, recent)) return null;
  if (!holder || !recent || holder === recent) return holder ?? recent;
  const ownRoles = known.filter((m) => m.person === recent && m.at < at);
  if (ownRoles.some((m) => namesRole(written, m))) return recent;
  if (ownRoles.length || spokeInAnotherRole(written, recentRole)) return holder;
  return lastNamed(recent, at, mentions) > lastNamed(holder, at, mentions) ? recent : holder;
}

/**
 * The person a description of the one who told refers to ("was told by the mayor that …", "heard from the
 * governor that …"): one named with that role before `at`, the latest, and never one of `hearers` (the one
 * who heard it and the one reporting that). Recency would pick the hearer, who is never the teller; with no
 * such holder the description itself is the speaker (null).
 */
export function tellerDescribed(description: string, at: number, known: RoleMention[], mentions: NameMention[], hearers: ReadonlySet<Person>): Person | null {
  const written = descriptionWords(description);
  return written.length ? roleHolder(written, at, known, mentions, hearers) : null;
}

/**
 * Whether `person` is known before `at` by a role (a mention's, or the one they last spoke in) and none is the
 * role the description's head names: "Councillor Ana Ruiz" for "the mayor", not "Mayor Ana Ruiz", and never
 * for a description whose head is no role word ("the 54-year-old").
 */
function knownByAnotherRole(written: string[], at: number, known: RoleMention[], person: Person, spokenRole: string | null | undefined): boolean {
  const head = roleHead(lowerWords(written));
  if (!head.split(' ').every(isRoleWord)) return false;
  const own = known.filter((m) => m.at < at && m.person === person);
  if (own.some((m) => m.roles.has(head))) return false;
  return own.length > 0 || spokeInAnotherRole(written, spokenRole);
}

/**
 * Whether `person` is named before `at` with the description's head role only with a qualifier the description
 * does not share, or without one it has: "a former assistant general manager" for "the general manager".
 */
function holdsRoleOnlyAsAnotherOffice(written: string[], at: number, known: RoleMention[], person: Person): boolean {
  const words = lowerWords(written);
  const head = roleHead(words);
  const qualifiers = words.slice(0, words.length - head.split(' ').length).filter((w) => QUALIFIERS.has(w));
  const withHead = known.filter((m) => m.at < at && m.person === person && m.roles.has(head));
  return withHead.length > 0 && withHead.every((m) => !sameQualifiers(qualifiers, m));
}

/** Whether `person` is named before `at` with roles, none an office the description's general role covers. */
function outsideGeneralRole(written: string[], at: number, known: RoleMention[], person: Person): boolean {
  const offices = officesCoveredBy(roleHead(lowerWords(written)));
  if (!offices) return false;
  const own = known.filter((m) => m.at < at && m.person === person);
  return own.length > 0 && !own.some((m) => [...m.roles, ...m.words].some((w) => offices.has(w)));
}

/**
 * Whether `person` was named before `at` with the description's role and no known place other than the
 * description's: "Gov. Tom Reed" or "Tom Reed, the governor of Texas" for "the Texas governor", not
 * "Sen. Ana Ruiz of Ohio" for "the Florida senator".
 */
function heldWithoutOtherPlace(written: string[], at: number, known: RoleMention[], person: Person): boolean {
  const head = roleHead(lowerWords(written));
  const own = new Set(lowerWords(written));
  return known.some((m) => m.at < at && m.person === person && m.roles.has(head) && placesIn([...m.words]).every((place) => place.split(' ').every((w) => own.has(w))));
}

/** The known places among lower-case words, one or two words long ("ohio", "new york"). */
function placesIn(words: string[]): string[] {
  const { placeNames } = cueLexicon();
  const titled = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const places: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (placeNames.has(titled(words[i]!))) places.push(words[i]!);
    const pair = words[i + 1] ? `${titled(words[i]!)} ${titled(words[i + 1]!)}` : '';
    if (pair && placeNames.has(pair)) places.push(pair.toLowerCase());
  }
  return places;
}

/** A known place among the capitalised words before a description's role: "Florida" in "the Florida senator". */
function placeBeforeRole(written: string[]): boolean {
  const { placeNames } = cueLexicon();
  const before = written.slice(0, -1);
  for (let i = 0; i < before.length; i++) {
    if (placeNames.has(before[i]!) || (i + 1 < before.length && placeNames.has(`${before[i]} ${before[i + 1]}`))) return true;
  }
  return false;
}

/**
 * "Her spokeswoman, Lena Brandt, said …" then "the singer said": the role the recent speaker's own
 * attribution gave ("spokeswoman", "sen"), when it is a role and not the description's.
 */
function spokeInAnotherRole(written: string[], role: string | null | undefined): boolean {
  if (!role) return false;
  const roles = rolesOfPhrase(role.split(' ').map((w) => (rolesOfWord(w).length ? w : `${w}.`)));
  return roles.size > 0 && !roles.has(roleHead(lowerWords(written)));
}

/** A description's words in lower case, without a title's dot or the head's possessive: "Senator's" → "senator". */
function lowerWords(written: string[]): string[] {
  return written.map((w, i) => bare(i === written.length - 1 ? w.replace(/[’']s$/, '') : w));
}

/**
 * Whether text[from, at) brings in unnamed holders of the description's one-word role: its plural ("Two jurors
 * spoke to reporters") or an indefinite one ("a juror", "one juror", "another juror").
 */
function unnamedHoldersBetween(written: string[], from: number, at: number, text: string): boolean {
  const head = roleHead(lowerWords(written));
  if (from < 0 || !head || head.includes(' ')) return false;
  const span = text.slice(from, at).toLowerCase();
  // (One pass over the head's places, each read for a plural ending after it or an indefinite word before it.)
  for (let k = span.indexOf(head); k >= 0; k = span.indexOf(head, k + 1)) {
    const end = k + head.length;
    if (!isLetterAt(span, k - 1) && PLURAL_ENDINGS.some((s) => span.startsWith(s, end) && !isLetterAt(span, end + s.length))) return true;
    if (!isLetterAt(span, end) && INDEFINITE_WORDS.some((w) => k >= w.length && span.startsWith(w, k - w.length) && !isLetterAt(span, k - w.length - 1))) return true;
  }
  return false;
}
const LETTER = /\p{L}/u;
/** Endings of a role's plural: "jurors", "witnesses". */
const PLURAL_ENDINGS = ['s', 'es'];
/** A word and its space before one unnamed holder of a role: "a juror", "another witness". */
const INDEFINITE_WORDS = ['a ', 'an ', 'one ', 'another '];

/** Whether span[i] is a letter (nothing outside the span is). */
function isLetterAt(span: string, i: number): boolean {
  return i >= 0 && i < span.length && LETTER.test(span[i]!);
}

/** Where `person` was last named before `at`, -1 if not. */
function lastNamed(person: Person, at: number, mentions: NameMention[]): number {
  let last = -1;
  for (const m of mentions) if (m.at < at && m.person === person) last = m.at;
  return last;
}

/** A description's words as written, without "the": "The Florida senator" → ["Florida", "senator"]. */
function descriptionWords(description: string): string[] {
  return withoutOrigin(description).split(/\s+/).filter((w) => w && !/^the$/i.test(w));
}

/**
 * Whether a description's words (without "the") name the role of a mention: its head is one of the
 * mention's roles, they agree on the qualifiers ("the former president"), the mention holds every
 * capitalised word of the description ("the Florida senator") and the description every word of the
 * organisation owning the role ("World Bank President X" is not "the president") unless `ownerOptional`.
 */
function namesRole(written: string[], m: RoleMention, ownerOptional = false): boolean {
  const words = lowerWords(written);
  const head = roleHead(words);
  const modifiers = written.slice(0, written.length - head.split(' ').length).map((w) => ({ word: bare(w), capitalised: /^\p{Lu}/u.test(w) }));
  if (!m.roles.has(head) && !sameSourceNoun(head, m.roles)) return false;
  if (!sameQualifiers(words.slice(0, words.length - head.split(' ').length).filter((w) => QUALIFIERS.has(w)), m)) return false;
  if (!modifiers.every((w) => !w.capitalised || m.words.has(w.word))) return false;
  if (!modifiers.every((w) => w.capitalised || ownerNouns(w.word).every((n) => m.words.has(n) || m.words.has(w.word) || impliedByRole(n, head)))) return false;
  return ownerOptional || m.owners.every((w) => words.includes(w));
}

/** "the lawyer" for one named "attorney Ana Ruiz": nouns news writing uses for each other (cues.json unnamed_source_nouns). */
function sameSourceNoun(head: string, roles: Set<string>): boolean {
  const group = cueLexicon().unnamedSourceNoun.get(head);
  // (Not across a gendered pair: "Spokesman Tom Baker" is not "the spokeswoman".)
  return !!group && [...roles].some((r) => cueLexicon().unnamedSourceNoun.get(r) === group && sameGenderMark(head, r));
}

/** Whether two nouns do not disagree on a gendered ending: "spokesman" and "spokeswoman" do. */
function sameGenderMark(a: string, b: string): boolean {
  const mark = (w: string) => (/woman$|women$/.test(w) ? 'f' : /man$|men$/.test(w) ? 'm' : null);
  return !mark(a) || !mark(b) || mark(a) === mark(b);
}

/** The organisation nouns a description's word names ("union", or "school" and "board" in "school-board"), lower case. */
function ownerNouns(word: string): string[] {
  const nouns = cueLexicon().roleOwnerNouns;
  if (nouns.has(word)) return [word];
  return word.includes('-') ? word.split('-').filter((part) => nouns.has(part)) : [];
}

/** "the city mayor" after "Mayor Ana Ruiz": an owner noun the role's bare title already implies (a mayor serves a city). */
function impliedByRole(noun: string, head: string): boolean {
  return cueLexicon().roleUsualOwners.get(head)?.has(noun) ?? false;
}

/**
 * "the aide", "the singer's publicist": a definite description of one who speaks for another, which refers
 * back to the one named with that role though its head is no general role word ("aide").
 */
export function definiteGoBetween(description: string): boolean {
  const words = description.split(/\s+/);
  return /^the$/i.test(words[0] ?? '') && words.length <= 4 && !words.some((w) => /^(of|and|for)$/i.test(w)) && speaksForAnother(descriptionWords(description));
}

/** "the spokeswoman", "the singer's publicist": a description of one who speaks for someone else. */
function speaksForAnother(written: string[]): boolean {
  return cueLexicon().goBetweenRoles.has(roleHead(lowerWords(written)));
}

/**
 * Whether a phrase gives roles and every one is in `kinds`: one of speaking for another ("lawyer", "spokesman";
 * go_between_roles) or a go-between's trade ("agent", "attorney"; go_between_trades), none an office.
 */
function onlyRolesOf(roles: Set<string>, kinds: ReadonlySet<string>): boolean {
  return roles.size > 0 && [...roles].every((r) => kinds.has(r));
}

/**
 * "the lawyer", "the defense attorney": a go-between's trade (cues.json go_between_trades) with only words in
 * small letters before it, none a possessive. Not "the Saab lawyer" (a firm's, named or no one) nor "the
 * singer's agent" (whose client the article may have named), nor "the spokesman" (no trade).
 */
function bareTrade(written: string[]): boolean {
  return cueLexicon().goBetweenTrades.has(roleHead(lowerWords(written))) && written.every((w) => /^\p{Ll}/u.test(w) && !/[’']s?$/.test(w));
}

/**
 * Whether a sentence naming `person` before `at` holds a word of the description or one sharing the start of its
 * role word ("founded" for "founder"): the article ties them to it.
 */
function tiedToDescription(written: string[], person: Person, at: number, mentions: NameMention[], text: string): boolean {
  const words = lowerWords(written).filter((w) => w.length > 2);
  const stem = roleHead(lowerWords(written)).slice(0, 5);
  return mentions.some((m) => {
    if (m.person !== person || m.at >= at) return false;
    const start = Math.max(text.lastIndexOf('\n', m.at), ...['. ', '! ', '? '].map((e) => text.lastIndexOf(e, m.at)));
    const ends = ['. ', '! ', '? ', '\n'].map((e) => text.indexOf(e, m.at)).filter((i) => i >= 0);
    const sentence = text.slice(start + 1, ends.length ? Math.min(...ends) : text.length).toLowerCase();
    const seen = sentence.split(/[^\p{L}]+/u);
    return seen.some((w) => words.includes(w.replace(/[’']s$/, '')) || (stem.length === 5 && w.startsWith(stem)));
  });
}

/** "the city's budget director", "the union president": a description that says whose role it is. */
export function isOwnedRole(description: string): boolean {
  const written = descriptionWords(description);
  return written.length > 0 && (ownedDescription(written) || ownedByPossessive(written));
}

/** "One crew member", "a spokesperson for the FTA": a description that brings in someone not met before. */
export function isIndefiniteDescription(description: string): boolean {
  return /^(?:a|an|one|another)\s/i.test(description.trim());
}

/** "the city's budget director": a role owned by a possessive in small letters. */
function ownedByPossessive(written: string[]): boolean {
  return written.slice(0, -1).some((w) => /^\p{Ll}+[’']s$/u.test(w));
}

/** "the union president": a description that says in small letters whose role it is. */
function ownedDescription(written: string[]): boolean {
  return written.slice(0, -1).some((w) => /^\p{Ll}/u.test(w) && ownerNouns(bare(w)).length > 0);
}

/** The role a description's words (lower case) end in: one office of two words ("lieutenant governor"), else the last word. */
function roleHead(words: string[]): string {
  const pair = words.slice(-2).join(' ');
  return words.length >= 2 && twoWordRole(pair) ? pair : words[words.length - 1]!;
}

/** An office of two role words ("lieutenant governor") or a military rank of two ("lieutenant colonel"). */
function twoWordRole(pair: string): boolean {
  return cueLexicon().compoundRoles.has(pair) || cueLexicon().rankGrades.has(pair);
}

/**
 * The roles a phrase gives a person: each role word's ("Vermont Sen." → senator), an office of two
 * words as one ("Lt. Gov." → "lieutenant governor", not "governor" or "lieutenant"), and a rank of two
 * words as itself and its grade ("Lt. Col." → "lieutenant colonel" and "colonel").
 */
function rolesOfPhrase(words: string[]): Set<string> {
  const spelled = words.map(spelledOut);
  const roles = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const pair = `${spelled[i]} ${spelled[i + 1]}`;
    if (i + 1 < words.length && twoWordRole(pair)) {
      roles.add(pair);
      // "Lt. Col. Ira Mendez" is "the lieutenant colonel" and "the colonel" too.
      const grade = cueLexicon().rankGrades.get(pair);
      if (grade) roles.add(grade);
      i++;
    } else for (const r of rolesOfWord(words[i]!)) roles.add(r);
  }
  return roles;
}

/** A role phrase's word written out, lower case: "Lt." → "lieutenant", "Gov." → "governor", "Florida" → "florida". */
function spelledOut(word: string): string {
  const titled = cueLexicon().roleTitles.get(word.toLowerCase());
  return titled ? [...titled][0]! : bare(word);
}

/**
 * Whether a description's qualifiers (outside its role: "former" in "the former lieutenant governor") are
 * the mention's, leaving out a qualifier that is a word of one of the mention's roles ("lieutenant" of
 * "Lt. Gov.", "Lt. Col.", or of "Lt." alone).
 */
function sameQualifiers(qualifiers: string[], m: RoleMention): boolean {
  const roleWords = new Set([...m.roles].flatMap((r) => r.split(' ')));
  const theirs = [...m.words].filter((w) => QUALIFIERS.has(w) && !roleWords.has(w));
  return theirs.length === qualifiers.length && qualifiers.every((q) => m.words.has(q));
}

/** The capitalised words of a role phrase that are no role, title, party or place: its organisation's name. */
function ownersOf(words: string[]): string[] {
  const { placeNames, roleAffiliations } = cueLexicon();
  return words.filter((w) => /^\p{Lu}/u.test(w) && !rolesOfWord(w).length && !QUALIFIERS.has(bare(w)) && !placeNames.has(w) && !roleAffiliations.has(bare(w))).map(bare);
}

/** "sen." → ["senator"], "director" → ["director"], "Democratic" → []. */
function rolesOfWord(word: string): string[] {
  const lower = word.toLowerCase();
  const titled = cueLexicon().roleTitles.get(lower);
  if (titled) return [...titled];
  // "Republican Sen. Oren Halvik", "Ada Lind, a Democrat,": the party's member, whom "the Republican" names.
  const member = partyMember(word);
  if (member) return [member];
  const plain = bare(lower);
  // One who speaks for another ("aide", "publicist") holds a role a description can name, though no general role word.
  if (cueLexicon().goBetweenRoles.has(plain)) return [plain];
  return isRoleWord(plain) && !QUALIFIERS.has(plain) && !isHonorific(plain) ? [plain] : [];
}

/** A possessive pronoun and one noun, in any case: "his wife", "Her lawyer". */
const PRONOUN_AND_NOUN = /^(his|her|their)\s+(\p{L}+)$/iu;

/**
 * "his wife", "her brother" (a relative or partner, data/relatives.json), "his lawyer", "her manager" (a role or a
 * go-between): the noun a possessive pronoun owns, which refers back to the one named so with the same pronoun
 * ("His wife, Dana Reyes, …", "His lawyer, Ann Berg, said …"; pronounRelativeNamed), not to the latest person
 * named; null for any other description. A relative is matched in any case ("HIS WIFE"); a role only in lower
 * case after an opening capital ("His lawyer", not "his Lawyer").
 */
export function pronounOwnedNoun(description: string): string | null {
  const m = PRONOUN_AND_NOUN.exec(description.trim());
  if (!m) return null;
  const noun = m[2]!.toLowerCase();
  if (genderOfRelative(noun) !== undefined) return noun;
  const lowerCase = /^(?:his|her|their)$/u.test(m[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase())) && /^\p{Ll}+$/u.test(m[2]!);
  return lowerCase && (isRoleWord(m[2]!) || cueLexicon().goBetweenRoles.has(m[2]!)) ? m[2]! : null;
}

/** "his wife, " by the relative's or role's noun (a word of the data lists), each built once. */
const KIN_APPOSITION = new Map<string, RegExp>();

/**
 * The person named as the pronoun's relative or role holder before `before` ("His wife, Dana Reyes, …" for "his
 * wife said", "His lawyer, Ann Berg, …" for "his lawyer said"), or null. Only a relation given with a pronoun possessor counts ("Mark Hale's wife, Lena Hale," is his, not "his"),
 * and only while no one named after it could own "his wife" instead: another in that role, or (besides the one
 * the pronoun stood for then) a man for "his", a woman for "her", a couple ("Mark and Lena Hale") for "their".
 */
export function pronounRelativeNamed(text: string, kinNoun: string, before: number, mentions: NameMention[], known: RoleMention[]): Person | null {
  let apposition = KIN_APPOSITION.get(kinNoun);
  if (!apposition) KIN_APPOSITION.set(kinNoun, (apposition = new RegExp(`\\b(his|her|their)\\s+${kinNoun}\\s*,\\s*`, 'giu')));
  apposition.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = apposition.exec(text); m && m.index < before; m = apposition.exec(text)) last = m;
  if (!last) return null;
  const nameAt = last.index + last[0].length;
  const relative = mentions.find((m) => m.at === nameAt)?.person;
  if (!relative) return null;
  const possessor = mentions.filter((m) => m.at < last!.index && m.person !== relative).pop()?.person;
  const others = mentions.filter((m) => m.at > nameAt && m.at < before && m.person !== relative && m.person !== possessor).map((m) => m.person);
  if (known.some((r) => r.at > nameAt && r.at < before && r.person !== relative && r.roles.has(kinNoun))) return null;
  const pronoun = last[1]!.toLowerCase();
  if (pronoun === 'their') return /\b\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(nameAt, before)) ? null : relative;
  const gender = pronoun === 'his' ? 'male' : 'female';
  return others.some((p) => genderOfFirstName(p.tokens[0] ?? '') === gender) ? null : relative;
}

/** Lower case, without a title's dot: "Sen." → "sen". */
function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/**
 * The title and role words right before a name in its own sentence: "Vermont Sen.", "film director".
 * The word next to the name must be a role or title ("mocked Donald Trump" gives no role).
 */
function wordsBeforeName(view: TokenView, inQuote: Uint8Array, at: number): string[] {
  const tokens = view.tokens;
  const words: string[] = [];
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    if (inQuote[k]) break;
    // (The tokenizer may end a sentence at a split title's full stop: "Det. | Ana Ruiz".)
    const abbreviation = splitTitle(tokens, k);
    if (abbreviation) {
      words.unshift(abbreviation);
      k--;
      continue;
    }
    // (A role word in small letters right before the name is its title whatever its tag: "when umpire Ana Ruiz
    // ruled", the tagger reading "umpire" as a verb.)
    const roleTitle = k === at - 1 && /^\p{Ll}+$/u.test(tokens[k]!.text) && rolesOfWord(tokens[k]!.text).length > 0;
    if (view.sentence(k) !== view.sentence(at) || !(isPhraseWord(tokens[k]!) || roleTitle)) break;
    if (k === at - 1 && !rolesOfWord(tokens[k]!.text).length) break;
    words.unshift(commonOpeningWord(view, k) ? tokens[k]!.text.toLowerCase() : tokens[k]!.text);
  }
  return words;
}

/**
 * "Film director Ana Ruiz …": a capitalised word that opens its sentence is capitalised for that alone,
 * no organisation's name, unless the article writes it with a capital elsewhere too or it is a known
 * organisation ("Boeing engineer Ana Ruiz").
 */
function commonOpeningWord(view: TokenView, k: number): boolean {
  const word = view.tokens[k]!.text;
  if (view.sentence(k).tokenStart !== k || rolesOfWord(word).length) return false;
  return !view.capitalisedMidSentence().has(word) && !isKnownOrganisation(word);
}

/**
 * A role phrase set off by commas beside a name. `loose` when a possessor or "a"/"an" opens it ("Ruiz's lawyer",
 * "a Denver lawyer"): its capitalised words say whom the role serves or which kind it is, not one office's owner.
 */
interface Apposition {
  words: string[];
  loose: boolean;
}

const NO_APPOSITION: Apposition = { words: [], loose: false };

/**
 * "Ana Ruiz, the film's director, said": the apposition after a name, when it is a noun phrase opened by
 * an article or a possessive and ends in a role word (before any "of": "the director of the museum").
 */
function appositionAfterName(view: TokenView, inQuote: Uint8Array, at: number): Apposition {
  const tokens = view.tokens;
  const j = nameEndAfter(view, at);
  if (tokens[j]?.text !== ',' || inQuote[j]) return NO_APPOSITION;
  const words: string[] = [];
  for (let k = j + 1; k < tokens.length && k <= j + 10; k++) {
    const t = tokens[k]!;
    if (inQuote[k] || view.sentence(k) !== view.sentence(at)) return NO_APPOSITION;
    // ("Ana Ruiz, a former deputy mayor who now runs a bakery,": a relative clause ends the role as a comma does.)
    if (t.text === ',' || /^(of|for|from|to|at|in|with|on|who|whose)$/.test(t.normal)) break;
    if (t.pos === 'PART' || t.text === "'s" || t.text === '’s') continue;
    // "Lena Brandt, her spokeswoman,": the pronoun says whom the role serves, no word of the role.
    if (k === j + 1 && POSSESSIVE_PRONOUNS.has(t.normal)) continue;
    if (!isPhraseWord(t) && !(k === j + 1 && /^(the|a|an)$/.test(t.normal))) return NO_APPOSITION;
    words.push(t.text);
  }
  const possessed = tokens[j + 2]?.pos === 'PART' || POSSESSIVE_PRONOUNS.has(tokens[j + 1]?.normal ?? '');
  if (!words.length || !/^(the|a|an)$/i.test(words[0]!) && !possessed) return NO_APPOSITION;
  if (!rolesOfWord(words[words.length - 1]!).length) return NO_APPOSITION;
  return { words: words.slice(/^(the|a|an)$/i.test(words[0]!) ? 1 : 0), loose: possessed || /^(a|an)$/i.test(words[0]!) };
}

/** The token after the capitalised name words that start at tokens[at] (five at most). */
function nameEndAfter(view: TokenView, at: number): number {
  return nameRunEnd(view.tokens, at, Math.min(view.tokens.length, at + 5));
}

/** The known place after "of" or "from" right after the name that starts at tokens[at], lower case: "of Florida", "from New Mexico". */
function placeWordsAfterName(view: TokenView, inQuote: Uint8Array, at: number): string[] {
  const tokens = view.tokens;
  const j = nameEndAfter(view, at);
  if (j === at || inQuote[j] || !/^(of|from)$/.test(tokens[j]?.normal ?? '')) return [];
  const { placeNames } = cueLexicon();
  for (const n of [2, 1]) {
    const words = tokens.slice(j + 1, j + 1 + n).map((t) => t.text);
    if (words.length === n && placeNames.has(words.join(' '))) return words.map((w) => w.toLowerCase());
  }
  return [];
}

/** The party tag after the name that starts at tokens[at] ("Oren Halvik, R-Fla.,"), outside quotations. */
function tagAfterName(view: TokenView, inQuote: Uint8Array, at: number): PartyStateTag | null {
  const j = nameEndAfter(view, at);
  if (j === at || inQuote[j]) return null;
  return partyStateTag(view.doc.article.text, view.tokens[j - 1]!.end);
}

/**
 * "Her spokeswoman, Lena Brandt, said", "Colter's aide, Jana Pruett,": a role phrase set off before the
 * name by a comma, opened by a possessive (a pronoun, a name or a noun with 's: "The family's lawyer,") or "the"
 * and ending in a role word.
 * The possessive says whom the role serves; only the words after it are the role's.
 */
function appositionBeforeName(view: TokenView, inQuote: Uint8Array, at: number): Apposition {
  const tokens = view.tokens;
  const comma = at - 1;
  if (tokens[comma]?.text !== ',' || inQuote[comma] || !rolesOfWord(tokens[comma - 1]?.text ?? '').length) return NO_APPOSITION;
  const words: string[] = [];
  for (let k = comma - 1; k >= 0 && k >= comma - 6; k--) {
    const t = tokens[k]!;
    if (inQuote[k] || view.sentence(k) !== view.sentence(at)) return NO_APPOSITION;
    if (POSSESSIVE_PRONOUNS.has(t.normal) || t.normal === 'the') return { words, loose: t.normal !== 'the' };
    if (t.pos === 'PART' && /^['’]s$/.test(t.text)) return { words: possessorWords(tokens[k - 1], words), loose: true };
    if (!isPhraseWord(t)) return NO_APPOSITION;
    words.unshift(t.text);
  }
  return NO_APPOSITION;
}

/**
 * The role phrase after a possessor with 's: a name stays with it ("Colter's aide" is "the Colter aide"); a
 * common noun ("The family's lawyer") says whom the role serves and is left out, so that it gives no role
 * of its own ("the senator's lawyer" is no senator).
 */
function possessorWords(possessor: Token | undefined, words: string[]): string[] {
  if (possessor?.pos === 'PROPN') return [possessor.text, ...words];
  return possessor?.pos === 'NOUN' ? words : [];
}

/** A word of a role phrase: a noun, adjective or name ("former", "presidential", "Sen."). */
function isPhraseWord(t: Token): boolean {
  return (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && /^[\p{L}][\p{L}.-]*$/u.test(t.text);
}
