// A screen story names its parts by their place in it: "Her on-screen husband, Frank, …", "the character's
// daughter Chloe", or "her estranged daughter Chloe" where "her" is a part already known. Such a relative is a
// part too. The owner of "her"/"his" is the name that opens the sentence, or, when the sentence opens on the
// possessive itself, the name that opens the sentence before; the owner of "whose" is the name before its clause
// ("Nora, a nurse whose sister, Maeve, …"). A part someone is said to play ("She stars as Nora", "plays Nora") is
// known as a part there, and a possessive opening the next sentence is that part's.
import { relativeNouns } from '../lexicon/relatives.js';
import { alternatives } from '../nlp/words.js';
import { sentenceStartBefore } from '../text/sentence-bounds.js';

// (A hyphen may join two capitalised halves: "Declan Farris-Holt" is one name, not "Declan" cut at the hyphen.)
const NAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*)?`;
// "Her on-screen husband, Tom Hale, who plays the ferryman, said": a relative the apposed name plays is the actor, no part.
const PLAYS_AFTER = /^,?[ \t]+(?:who[ \t]+)?(?:also[ \t]+)?(?:plays|played|portrays|portrayed|stars|starred|voices|voiced)\b/u;
// Up to two words describing the relative ("estranged", "long-lost"), none a preposition that would begin a phrase.
const DESCRIBERS = String.raw`(?:(?!(?:of|in|on|at|for|with|and|or|who|whose|that)\b)\p{Ll}[\p{Ll}'’-]+[ \t]+){0,2}`;

let relatedPattern: RegExp | undefined;

/** The names of parts named through a relation to a part: on screen, to "the character", or to a known part. */
export function relatedParts(text: string, isPart: (name: string) => boolean): string[] {
  relatedPattern ??= new RegExp(String.raw`(?<![\p{L}'’-])(?:(on-screen|onscreen)[ \t]+|([Hh]is|[Hh]er|[Tt]heir|whose)[ \t]+(?=${DESCRIBERS}(?:${alternatives(relativeNouns())})\b)|(the[ \t]+character['’]s)[ \t]+)(?:${DESCRIBERS})(?:${alternatives(relativeNouns())}),?[ \t]+(${NAME})(?![\p{L}'’-])`, 'gu');
  const parts: string[] = [];
  // (Two passes: "Her on-screen husband, Frank, …, while her daughter Chloe …" may need a part found in the first.)
  for (let pass = 0; pass < 2; pass++) {
    for (const m of text.matchAll(relatedPattern)) {
      const name = m[4]!;
      if (parts.includes(name) || PLAYS_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
      const knownOwner = (owner: Owner | null) => owner !== null && (owner.played || isPart(owner.name) || parts.includes(owner.name));
      const onScreen = m[1] !== undefined || m[3] !== undefined;
      if (onScreen || (m[2] !== undefined && knownOwner(m[2] === 'whose' ? ownerBeforeWhose(text, m.index!) : ownerOf(text, m.index!)))) parts.push(name);
    }
  }
  return parts;
}

/** Whose relative a relation names: the name, and whether its sentence says someone plays it. */
interface Owner { name: string; played: boolean }

// The verb of playing a part: "stars as", "plays", "cast as", "portrayed" (one alternation for both patterns below).
const PLAYING = String.raw`(?:(?:stars?|starred|starring|cast|appears?|appeared)[ \t]+as|plays|played|playing|portrays|portrayed|portraying)`;
// "She stars as ", "he plays ", "cast as ": right before a name, a part someone plays.
const PLAYED_BEFORE = new RegExp(String.raw`\b${PLAYING}[ \t]+$`, 'u');
// A sentence opening on a pronoun for the one who plays: "She stars as Nora, a nurse."
const PRONOUN_OPENING = /^(?:She|He|They)[ \t]/u;

/** The name opening the sentence around `at`, or the sentence before when this one opens on a possessive. */
function ownerOf(text: string, at: number): Owner | null {
  const start = sentenceStartBefore(text, at);
  const opening = text.slice(start, at);
  if (/^(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]/.test(opening) || opening.trim() === '') {
    if (start === 0) return null;
    const previous = text.slice(sentenceStartBefore(text, start - 1), start);
    // ("She stars as Nora, a nurse. Her sister, Maeve, …": the story's telling goes on with the part, not the player.)
    const part = PRONOUN_OPENING.test(previous) ? playedName(previous) : null;
    if (part) return { name: part, played: true };
    const name = openingName(previous);
    return name ? { name, played: false } : null;
  }
  const name = openingName(opening);
  return name ? { name, played: false } : null;
}

const PLAYED_NAME = new RegExp(String.raw`${PLAYING}[ \t]+(${NAME}),[ \t]+(?:a|an|the)[ \t]`, 'u');

/**
 * The part a sentence says someone plays, described after it: "She stars as Nora, a nurse." → Nora. (Only so: after
 * "She stars as Nora in the film." her sister may be the actor's own.)
 */
function playedName(sentence: string): string | null {
  return PLAYED_NAME.exec(sentence)?.[1] ?? null;
}

// The name before a "whose" clause, maybe with a description set off after it: "Nora, a nurse ", "Nora ".
const NAME_BEFORE_WHOSE = new RegExp(String.raw`(?<![\p{L}'’-])(${NAME})(?:,[ \t]+(?:a|an|the)[ \t]+(?:[\p{Ll}'’-]+[ \t]+){0,3})?$`, 'u');

/** The owner of "whose" at `at`: the name before its clause in the sentence. */
function ownerBeforeWhose(text: string, at: number): Owner | null {
  const start = sentenceStartBefore(text, at);
  const before = text.slice(start, at);
  const m = NAME_BEFORE_WHOSE.exec(before);
  if (!m) return null;
  return { name: m[1]!, played: PLAYED_BEFORE.test(before.slice(0, m.index)) };
}

const OPENING_NAME = new RegExp(String.raw`^(${NAME})(?![\p{L}'’-])`, 'u');

function openingName(sentence: string): string | null {
  const m = OPENING_NAME.exec(sentence);
  return m ? m[1]! : null;
}
