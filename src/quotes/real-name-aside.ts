import type { Token } from '../types.js';
import { realNameOpeners } from '../lexicon/real-name-openers.js';
import { startsWithCapital } from '../text/boundaries.js';
import { sourceText } from './speaker-phrase.js';

/** Most tokens of a stage name ("T", "-", "Bone" may be three). */
const MAX_STAGE_NAME_TOKENS = 5;

/**
 * "T-Bone, whose real name is Marcus Ellery, answered …", "Mister Zed, born Ben Ito, …": the stage name before
 * the comma that opens a real-name aside ending just before tokens[nameStart] (the real name), or null. The stage
 * name is capitalised words, hyphens glued between them, none in a quotation.
 */
export function stageNameBefore(tokens: Token[], inQuote: Uint8Array, nameStart: number): string | null {
  const opener = realNameOpeners().find((words) => words.every((w, n) => tokens[nameStart - words.length + n]?.normal === w));
  if (!opener) return null;
  const comma = nameStart - opener.length - 1;
  if (tokens[comma]?.text !== ',') return null;
  let first = comma;
  while (first - 1 >= 0 && comma - (first - 1) <= MAX_STAGE_NAME_TOKENS && !inQuote[first - 1]) {
    const t = tokens[first - 1]!;
    const glued = t.text === '-' && t.start === tokens[first - 2]?.end && t.end === tokens[first]?.start;
    if (!glued && !(startsWithCapital(t.text) && /^\p{L}/u.test(t.text))) break;
    first--;
  }
  if (first === comma || tokens[first]!.text === '-') return null;
  // (A capitalised article opening the sentence, "The", is no part of a stage name.)
  if (/^(?:the|a|an)$/i.test(tokens[first]!.text)) return null;
  return sourceText(tokens, first, comma);
}
