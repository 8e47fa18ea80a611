// "voiced the fox in “…”", "plays a tired nurse in “…”": a part named only by a noun for a person, an animal or a
// stock figure of a story, then "in" the work. Credits for small or animated parts read so, without the part's name.
// The noun keeps the idioms out: "played a key role in “…”", "played a set in “…”" name no part.
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { isArchetypeNoun } from '../lexicon/voiced-parts.js';
import { animalNouns } from './non-person-names.js';

// A play or voice verb, a determiner, up to two describing words, the part's noun and "in" right before the title.
const DESCRIBED_PART_IN_BEFORE = /\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced|voicing)\s+(?:the|an?|his|her|their)\s+(?:[\p{Ll}'’-]+\s+){0,2}([\p{Ll}-]+)\s+in\s*$/u;

/** Whether the text right before a title's opening mark plays or voices a part named by its noun, then "in". */
export function describedPartInBefore(preceding: string): boolean {
  const noun = DESCRIBED_PART_IN_BEFORE.exec(preceding)?.[1];
  return !!noun && (isPersonNounOrSingular(noun) || isArchetypeNoun(noun) || animalNouns().includes(noun));
}
