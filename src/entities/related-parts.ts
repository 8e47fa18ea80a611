// A screen story names its parts by their place in it: "Her on-screen husband, Frank, …", "the character's
// daughter Chloe", or "her estranged daughter Chloe" where "her" is a part already known. Such a relative is a
// part too. The owner of "her"/"his" is the name that opens the sentence, or, when the sentence opens on the
// possessive itself, the name that opens the sentence before.
import { relativeNouns } from '../lexicon/relatives.js';
import { alternatives } from '../nlp/words.js';
import { sentenceStartBefore } from '../text/sentence-bounds.js';

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?`;
// Up to two words describing the relative ("estranged", "long-lost"), none a preposition that would begin a phrase.
const DESCRIBERS = String.raw`(?:(?!(?:of|in|on|at|for|with|and|or|who|whose|that)\b)\p{Ll}[\p{Ll}'’-]+[ \t]+){0,2}`;

let relatedPattern: RegExp | undefined;

/** The names of parts named through a relation to a part: on screen, to "the character", or to a known part. */
export function relatedParts(text: string, isPart: (name: string) => boolean): string[] {
  relatedPattern ??= new RegExp(String.raw`(?<![\p{L}'’-])(?:(on-screen|onscreen)[ \t]+|([Hh]is|[Hh]er|[Tt]heir)[ \t]+(?=${DESCRIBERS}(?:${alternatives(relativeNouns())})\b)|(the[ \t]+character['’]s)[ \t]+)(?:${DESCRIBERS})(?:${alternatives(relativeNouns())}),?[ \t]+(${NAME})(?![\p{L}'’-])`, 'gu');
  const parts: string[] = [];
  // (Two passes: "Her on-screen husband, Frank, …, while her daughter Chloe …" may need a part found in the first.)
  for (let pass = 0; pass < 2; pass++) {
    for (const m of text.matchAll(relatedPattern)) {
      const name = m[4]!;
      if (parts.includes(name)) continue;
      const knownOwner = (owner: string | null) => owner !== null && (isPart(owner) || parts.includes(owner));
      const onScreen = m[1] !== undefined || m[3] !== undefined;
      if (onScreen || (m[2] !== undefined && knownOwner(ownerOf(text, m.index!)))) parts.push(name);
    }
  }
  return parts;
}

/** The name opening the sentence around `at`, or the sentence before when this one opens on a possessive. */
function ownerOf(text: string, at: number): string | null {
  const start = sentenceStartBefore(text, at);
  const opening = text.slice(start, at);
  if (/^(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]/.test(opening) || opening.trim() === '') {
    if (start === 0) return null;
    const previous = sentenceStartBefore(text, start - 1);
    return openingName(text.slice(previous, start));
  }
  return openingName(opening);
}

const OPENING_NAME = new RegExp(String.raw`^(${NAME})(?![\p{L}'’-])`, 'u');

function openingName(sentence: string): string | null {
  const m = OPENING_NAME.exec(sentence);
  return m ? m[1]! : null;
}
