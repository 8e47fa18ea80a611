import { cueLexicon, stateKey } from './cues.js';

/**
 * What a party tag after a legislator's name says ("Sen. Oren Halvik, R-Fla.,", "Rep. Tamsin Ollard
 * (D-Calif.)"): the words naming the party, member noun first ("republican"), and the state's words, lower case.
 */
export interface PartyStateTag {
  party: string[];
  state: string[];
}

/**
 * A comma or bracket, the party letter, a hyphen (or "R., S.C." with a full stop and comma), then up to
 * three capitalised pieces that may write the state ("Fla.", "N.Y.", "W.Va.", "New York", "TX").
 */
const TAG = /^\s*[,(]\s*([RDI])\s*(?:[-–]|\.\s*,?)\s*((?:[A-Z][A-Za-z]*\.?[ \t]?){1,3})/;

/** The party tag right after a name that ends at offset `nameEnd`, or null when none follows or its state is unknown. */
export function partyStateTag(text: string, nameEnd: number): PartyStateTag | null {
  const m = TAG.exec(text.slice(nameEnd, nameEnd + 32));
  const party = m && cueLexicon().partyTags.get(m[1]!);
  if (!m || !party) return null;
  const state = tagState(m[2]!.trim().split(/\s+/));
  return state ? { party, state: state.toLowerCase().split(' ') } : null;
}

/**
 * The state the first pieces after the party letter write, the longest that is one: "New York" before
 * "New", and "Fla." alone when the next sentence starts after it ("R-Fla. Halvik said").
 */
function tagState(pieces: string[]): string | null {
  const states = cueLexicon().stateAbbreviations;
  for (let k = pieces.length; k > 0; k--) {
    const state = states.get(stateKey(pieces.slice(0, k).join('')));
    if (state) return state;
  }
  return null;
}

/** Each word naming a party (lower case) to its member noun: "democratic" → "democrat". */
let memberOfWord: Map<string, string> | undefined;

function partyWords(): Map<string, string> {
  memberOfWord ??= new Map([...cueLexicon().partyTags.values()].flatMap((words) => words.map((w): [string, string] => [w, words[0]!])));
  return memberOfWord;
}

/** "Republican", "Democratic": a capitalised word naming a party, as its member noun ("republican", "democrat"); null otherwise. */
export function partyMember(word: string): string | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  return partyWords().get(word.toLowerCase()) ?? null;
}

/** "republican", "democrat": the noun for one member of a party (lower case), not "democratic". */
export function isPartyMemberNoun(word: string): boolean {
  return partyWords().get(word) === word;
}
