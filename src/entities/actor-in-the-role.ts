// Parts a sentence names by a role noun and then hands to an actor "in the role": "The soap killed off its
// matriarch, the pub landlady Maggie Doyle, ending the run of the actress Ada Lane in the role." Soap and series
// coverage introduces a part this way (a description, then the name) and its actor after it; "the role" points
// back to the described name, so that name is the part and not a person.
import { matchAllByLine } from '../text/lines.js';

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*`;
const NAME = String.raw`${CAPITALISED}(?:[ \t]+${CAPITALISED}){0,2}`;

// "the actress Ada Lane in the role", "actor Tom Reyes in the part": an actor's noun, a name and "in the role/part".
const ACTOR_IN_THE_ROLE = new RegExp(String.raw`\b(?:actor|actress|star)[ \t]+(${NAME})(?:['’]s[ \t]+[\p{Ll}\d-]+(?:[ \t]+[\p{Ll}\d-]+){0,2})?[ \t]+in[ \t]+the[ \t]+(?:role|part)\b`, 'gu');
// "the pub landlady Maggie Doyle": a determiner, one to three small words describing the part, and its name.
// (The name ends at a comma or a small word: "the detective Harry Vane, …"; a possessive may describe: "the ship's doctor".)
const DESCRIBED_NAME = new RegExp(String.raw`(?<![\p{L}'’-])(?:the|its|his|her|their)[ \t]+((?:[\p{Ll}'’-]+[ \t]+){0,2}[\p{Ll}-]+)[ \t]+(${NAME})(?=[ \t]*[,;:]|[ \t]+\p{Ll})`, 'gu');
// Words that describe the actor, a crew member or the work, never the part: "the actress Ada Lane", "the soap Coronation Street".
const NOT_PART_WORDS = /\b(?:actor|actress|actors|star|director|producer|writer|creator|showrunner|soap|series|show|drama|film|movie|sitcom|programme|program|channel|network|broadcaster)\b/;

export interface RolePart { name: string; actor: string }

/** The described name before "the actress NAME in the role" in the same sentence, with that actor. */
export function actorInTheRoleParts(text: string): RolePart[] {
  const parts: RolePart[] = [];
  for (const m of matchAllByLine(text, ACTOR_IN_THE_ROLE, (line) => line.includes(' in the role') || line.includes(' in the part'))) {
    const actor = m[1]!;
    const sentenceStart = Math.max(text.lastIndexOf('. ', m.index!), text.lastIndexOf('\n', m.index!)) + 1;
    const before = text.slice(sentenceStart, m.index!);
    let last: RegExpMatchArray | undefined;
    for (const d of before.matchAll(DESCRIBED_NAME)) if (!NOT_PART_WORDS.test(d[1]!) && d[2] !== actor) last = d;
    if (last) parts.push({ name: last[2]!, actor });
  }
  return parts;
}
