import { readFileSync } from 'node:fs';
import type { AnalyzedArticle } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';

/** Word lists of data/non-person-names.json. */
interface NonPersonWords {
  teamTails: Set<string>;
  contestTails: Set<string>;
  schoolTails: Set<string>;
  animalNouns: string[];
  leaderboardAfter: Set<string>;
}

let words: NonPersonWords | undefined;

function nonPersonWords(): NonPersonWords {
  if (words) return words;
  const data = JSON.parse(readFileSync(new URL('../../data/non-person-names.json', import.meta.url), 'utf8')) as Record<string, string[]>;
  words = {
    teamTails: new Set(data.team_tails), contestTails: new Set(data.contest_tails), schoolTails: new Set(data.school_tails),
    animalNouns: data.animal_nouns!, leaderboardAfter: new Set(data.leaderboard_after),
  };
  return words;
}

/**
 * Whether a capitalised run of several words names a team, a trophy or a university by its last word:
 * "Harbor City Kings", "the Harwell Memorial Trophy", "Dakota Tech". A team's word or "State" after a
 * known given name stays a surname ("Ana Kings"); a trophy's or "Tech" never is one.
 */
export function namesTeamContestOrSchool(name: string): boolean {
  const parts = name.replace(/[’']s$/, '').split(/\s+/);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  const { teamTails, contestTails, schoolTails } = nonPersonWords();
  // ("Tech", "Poly" are no surnames: "Georgia Tech" is a school though "Georgia" is a given name; "State" may be one.)
  if (contestTails.has(last) || (schoolTails.has(last) && last !== 'State')) return true;
  if (genderOfFirstName(parts[0]!) !== 'unknown' && parts.length === 2) return false;
  return teamTails.has(last) || schoolTails.has(last);
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

/**
 * Names an article gives animals: in a sentence with an animal noun, the name after "a female named",
 * "a male called", "a cub named" ("The otters, a female named Pip and a male named Rollo, …").
 */
export function animalNames(doc: AnalyzedArticle): Set<string> {
  const text = doc.article.text;
  const nouns = nonPersonWords().animalNouns;
  const animalWord = new RegExp(String.raw`(?<![\p{L}-])(?:${nouns.join('|')})(?![\p{L}-])`, 'iu');
  const named = new RegExp(String.raw`(?<![\p{L}-])(?:female|male|${nouns.join('|')})\s+(?:named|called|dubbed)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`, 'gu');
  const out = new Set<string>();
  for (const sentence of doc.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if (!animalWord.test(body)) continue;
    for (const m of body.matchAll(named)) out.add(m[1]!);
  }
  return out;
}
