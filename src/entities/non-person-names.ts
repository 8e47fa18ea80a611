import { nonPersonNameWords } from '../lexicon/non-person-name-words.js';
import type { AnalyzedArticle } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { teamNicknameTail } from '../lexicon/team-nicknames.js';

/** Word lists of data/non-person-names.json. */
interface NonPersonWords {
  teamTails: Set<string>;
  firmTails: Set<string>;
  contestTails: Set<string>;
  agreementTails: Set<string>;
  carrierTails: Set<string>;
  schoolTails: Set<string>;
  animalNouns: string[];
  leaderboardAfter: Set<string>;
  contestContextAfter: Set<string>;
  schoolBefore: Set<string>;
}

let words: NonPersonWords | undefined;

function nonPersonWords(): NonPersonWords {
  if (words) return words;
  const data = nonPersonNameWords();
  words = {
    teamTails: new Set(data.team_tails), firmTails: new Set(data.firm_tails), contestTails: new Set(data.contest_tails), agreementTails: new Set(data.agreement_tails), carrierTails: new Set(data.carrier_tails), schoolTails: new Set(data.school_tails),
    animalNouns: data.animal_nouns!, leaderboardAfter: new Set(data.leaderboard_after),
    contestContextAfter: new Set(data.contest_context_after), schoolBefore: new Set(data.school_before),
  };
  return words;
}

/**
 * Whether a capitalised run of several words names a team, a trophy or a university by its last word:
 * "Harbor City Kings", "the Harwell Memorial Trophy", "Dakota Tech". After a known given name the run is a
 * person's name unless the article reads it as the thing: a team's word or "State" in a two-word name stays a
 * surname ("Ana Kings"); a contest word or "Tech" does when no "the" or contest word ("the Lena Cup", "Lena
 * Cup final") or school word ("at Carolina Tech") surrounds it. Person evidence at a mention (an age, a
 * person noun in apposition or before it, a speech verb beside it, a quote's speaker) always keeps the person:
 * "the judge, Ellen Plate,", "said Harold Bowl, the club's treasurer", "Former mayor Daniel Okafor Kings said".
 * `text` is the article's text, `speakers` the names quotes are attributed to.
 */
export function namesTeamContestOrSchool(name: string, text = '', speakers: ReadonlySet<string> = new Set()): boolean {
  const parts = name.replace(/[’']s$/, '').split(/\s+/);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  const { teamTails, firmTails, contestTails, schoolTails, agreementTails, carrierTails } = nonPersonWords();
  // An operator's "Lines" is a firm's unless a known given name and the word alone make a name ("Andy Lines").
  if (carrierTails.has(last) && (parts.length > 2 || genderOfFirstName(parts[0]!) === 'unknown')) return !hasPersonEvidence(name, text, speakers, false);
  // A major-league nickname after a city that is also a given name names the team where "the" opens it: "the
  // Orlando Magic", "the Jackson Jazz" (no one is "the Ana Kings"); speech or an age still keeps a person.
  const nickname = teamNicknameTail(parts);
  if (nickname && nickname < parts.length && afterThe(name, text)) return !hasPersonEvidence(name, text, speakers, true);
  // A pact's word is no surname ("the Paris Agreement", "Oslo Accords"): only an age or a person noun keeps a person.
  if (agreementTails.has(last)) return !hasPersonEvidence(name, text, speakers, false);
  // ("Tech", "Poly" are no surnames: "Georgia Tech" is a school though "Georgia" is a given name; "State" may be one.)
  const school = schoolTails.has(last) && last !== 'State';
  const thing = contestTails.has(last) || school;
  // (A firm's trade noun reads like a team's word: "Greenvale Produce", "Kestrel Motors".)
  if (!thing && !teamTails.has(last) && !firmTails.has(last) && !schoolTails.has(last)) return parts.length === 2 && readsAsTeam(name, last, text) && !hasPersonEvidence(name, text, speakers, true);
  if (genderOfFirstName(parts[0]!) === 'unknown') return true;
  // A firm's trade noun is no surname even after a given name ("Laura Benton Foods, a bakery, said"): firms speak
  // too, so only an age or a person noun keeps the person ("the farmer, Ellen Farms,").
  if (firmTails.has(last) && !teamTails.has(last) && !schoolTails.has(last) && !contestTails.has(last)) return !hasPersonEvidence(name, text, speakers, false);
  if (hasPersonEvidence(name, text, speakers, !school)) return false;
  // (A team's word after "the" names the team even after a given name: "the Charlotte Falcons"; no one is "the Ana Kings".)
  if (!thing) return parts.length > 2 || (teamTails.has(last) && afterThe(name, text));
  return parts.length > 2 || readsAsThing(name, text, school);
}

/** Whether some mention of `name` follows "the" (either case: "The Tulsa Comets lost"). */
function afterThe(name: string, text: string): boolean {
  return readingOf('afterThe', name, text, () => mentions(name, text).some((at) => /\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at))));
}

// What each name reads as in the article at hand: the checks below are asked again for every mention of a
// candidate, and each scans the whole article, so each runs once per name and text.
let readings = { text: '', afterThe: new Map<string, boolean>(), team: new Map<string, boolean>() };

function readingOf(kind: 'afterThe' | 'team', name: string, text: string, scan: () => boolean): boolean {
  if (readings.text !== text) readings = { text, afterThe: new Map(), team: new Map() };
  let reads = readings[kind].get(name);
  if (reads === undefined) readings[kind].set(name, (reads = scan()));
  return reads;
}

/**
 * A city's team under a word no list holds: "the Charlotte Monarchs" after "the", its plural tail also named
 * alone as the team ("the Monarchs", "Monarchs'"). (A given name may open a city's name, so no name list decides.)
 */
function readsAsTeam(name: string, last: string, text: string): boolean {
  return readingOf('team', name, text, () => scanReadsAsTeam(name, last, text));
}

function scanReadsAsTeam(name: string, last: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(last) || /(?:ss|us|is)$/.test(last)) return false;
  if (!afterThe(name, text)) return false;
  // ("The Monarchs lost" opening a sentence counts too.)
  const word = regExpLiteral(last);
  const alone = new RegExp(`(?:\\b[Tt]he\\s+${word}(?![\\p{L}’'])|\\b${word}[’'](?!\\p{L}))`, 'u');
  return alone.test(text.split(name).join(' '));
}

/** A mention of `name` preceded by "the" or followed by a contest word; for a school, after "at", "from" … */
function readsAsThing(name: string, text: string, school: boolean): boolean {
  const { contestContextAfter, schoolBefore } = nonPersonWords();
  for (const at of mentions(name, text)) {
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
    const after = /^[’']?s?\s+([\p{L}’']+)/u.exec(text.slice(at + name.length, at + name.length + 30))?.[1]?.toLowerCase();
    if (before === 'the' || (after && contestContextAfter.has(after)) || (school && before && schoolBefore.has(before))) return true;
  }
  return false;
}

/**
 * A mention of `name` that reads as a person: ", 34,", ", a 23-year-old", a person noun after "a/an/the" in
 * apposition or right before it ("The judge, X", "Prosecutor X"), or (with `speech`) a speech verb beside it.
 */
function hasPersonEvidence(name: string, text: string, speakers: ReadonlySet<string>, speech: boolean): boolean {
  if (speech && speakers.has(name)) return true;
  for (const at of mentions(name, text)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + name.length, at + name.length + 60);
    if (/^\s*,\s*(?:\d{1,3}\s*[,.;)]|an?\s+\d{1,3}-year-old)/.test(after)) return true;
    const appositive = /^\s*,\s*(?:an?|the)\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?=[\s,.;])/u.exec(after);
    if (appositive && appositive[1]!.split(/\s+/).some((w) => isPersonNounOrSingular(w.toLowerCase()))) return true;
    const role = /(\p{L}+)\s*,?\s+$/u.exec(before)?.[1];
    if (role && isPersonNounOrSingular(role.toLowerCase())) return true;
    if (speech && (/\b(?:said|says|told|asked|added)\s+$/.test(before) || /^\s+(?:said|says|told|asked|added)\b/.test(after))) return true;
  }
  return false;
}

/** Where `name` stands as whole words in `text`. */
function mentions(name: string, text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[i + name.length] ?? ' ')) continue;
    out.push(i);
  }
  return out;
}

/**
 * Whether the words after "leads/led X into" read as a leaderboard, no team led into a match: "into the final
 * round by two shots", "into the weekend by a stroke" (data/non-person-names.json leaderboard_after). `after`
 * holds the next few words of the sentence, lower case.
 */
export function readsAsLeaderboard(after: string[]): boolean {
  const { leaderboardAfter } = nonPersonWords();
  return after.some((w) => leaderboardAfter.has(w));
}

/** What animalNames' patterns all hold: "named", "called" or "dubbed" as written (they are case-sensitive). */
const NAMING_VERB = /named|called|dubbed/;

/**
 * Names an article gives animals: after "<animal> named/called X" ("a cub named Pip", "whose dog is called
 * Rollo"), and after "a female/male named X" when that phrase stands in apposition to the animals ("The otters,
 * a female named Pip and a male named Rollo, …"). "The keeper, a male named Tom Becker," is a person, and so
 * is a name with person evidence (an age, a role, a quote's speaker: "a female named Joanna Petrov, 34,").
 */
/** Nouns for an animal, in small letters ("rabbit", "pandas"; data/non-person-names.json animal_nouns). */
export function animalNouns(): readonly string[] {
  return nonPersonWords().animalNouns;
}

export function animalNames(doc: AnalyzedArticle, speakers: ReadonlySet<string> = new Set()): Set<string> {
  const text = doc.article.text;
  const nouns = nonPersonWords().animalNouns.join('|');
  const name = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`;
  const animalNamed = new RegExp(String.raw`(?<![\p{L}-])(?:${nouns})\s+(?:(?:is|was)\s+)?(?:named|called|dubbed)\s+${name}`, 'gu');
  const sexNamed = new RegExp(String.raw`(?<![\p{L}-])(?:female|male)\s+(?:named|called|dubbed)\s+${name}`, 'gu');
  // "<animals>, a two-year-old " or "<animals>, a female named X and a " right before "female/male".
  const animalsBefore = new RegExp(String.raw`(?<![\p{L}-])(?:${nouns})\s*,\s*(?:[^,;.]*?\s(?:named|called|dubbed)\s+\p{Lu}[^,;.]*?\s+and\s+)?(?:an?|one|the)(?:\s+[^,;.\s]+){0,3}\s+$`, 'iu');
  const out = new Set<string>();
  for (const sentence of doc.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    // (Both patterns need a naming verb; a sentence without one is not tried at each of its words.)
    if (!NAMING_VERB.test(body)) continue;
    const found = [...body.matchAll(animalNamed)].map((m) => m[1]!);
    for (const m of body.matchAll(sexNamed)) if (animalsBefore.test(body.slice(0, m.index))) found.push(m[1]!);
    // ("said Pip was shy" tells of the animal: only a quote's speaker counts among speech.)
    for (const n of found) if (!speakers.has(n) && !hasPersonEvidence(n, text, speakers, false)) out.add(n);
  }
  for (const n of describedAnimalNames(doc)) if (!speakers.has(n) && !hasPersonEvidence(n, text, speakers, false)) out.add(n);
  return out;
}

let animalWord: RegExp | undefined;
let animalBeforeName: RegExp | undefined;

/**
 * Names set right after an animal's noun and its determiner or owner: "the racehorse Silver Lantern", "her horse,
 * Morning Tide,", "the pandas Mei Lan and Tian Tian". No person is called "the horse X". (A noun the animal word
 * qualifies ends no match: "the horse trainer Ann Hale" is a person.)
 */
function describedAnimalNames(doc: AnalyzedArticle): string[] {
  const text = doc.article.text;
  const nouns = nonPersonWords().animalNouns.join('|');
  animalWord ??= new RegExp(String.raw`(?<![\p{L}-])(?:${nouns})(?![\p{L}-])`, 'u');
  const name = String.raw`(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})`;
  animalBeforeName ??= new RegExp(String.raw`(?<![\p{L}-])(?:the|a|an|his|her|their|its|our|my|\p{L}+['’]s)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(?:${nouns}),?[ \t]+${name}(?:,?[ \t]+and[ \t]+${name})?(?![ \t]*\p{Lu})`, 'gu');
  const out: string[] = [];
  for (const sentence of doc.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    // (Only a sentence holding an animal's noun is tried at each of its words.)
    if (!animalWord.test(body)) continue;
    for (const m of body.matchAll(animalBeforeName)) out.push(...[m[1], m[2]].filter((n): n is string => !!n));
  }
  return out;
}
