import { cueLexicon } from '../lexicon/cues.js';
import { alternatives, THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';

/** "told the islanders", "addressing the crowd": an addressing verb, a determiner, maybe a modifier, and the noun heard (built once). */
let addressed: RegExp | undefined;

function addressedPattern(): RegExp {
  addressed ??= new RegExp(String.raw`\b(?:${cueLexicon().addressingVerbs.join('|')})\s+(?:the|${alternatives(THIRD_PERSON_POSSESSIVES, ['our'])}|fellow)\s+(?:(?:\p{Ll}[\p{Ll}-]*)\s+)?(\p{Ll}[\p{Ll}-]*)`, 'gu');
  return addressed;
}

/**
 * Whether narration has its speaker tell a group that hears them in person: "she told the islanders",
 * "he told the assembled students", "addressing the crowd" (cues.json audience_nouns, or a plural noun in
 * small letters). Words said so were not given to a news outlet. A name ("told the Times") is no group,
 * nor is a medium's audience ("told the viewers", "told the audience" of a talk show: on air).
 */
export function addressesAudience(narration: string): boolean {
  for (const m of narration.matchAll(addressedPattern())) {
    const noun = m[1]!;
    const lexicon = cueLexicon();
    if (lexicon.audienceNouns.has(noun) || (pluralNoun(noun) && !lexicon.mediaAudienceNouns.has(noun))) return true;
  }
  return false;
}

/** A plural in small letters: "islanders", "voters"; not "news", "press", "status" or "analysis". */
function pluralNoun(word: string): boolean {
  return /\p{Ll}{2}s$/u.test(word) && !/(?:ss|us|is|news)$/.test(word);
}
