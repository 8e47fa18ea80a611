import { listedNamesWithBang } from '../lexicon/names-with-bang.js';
import { isLetterOrDigitAt, isLetterOrDigitBefore } from './boundaries.js';

// Names written with an exclamation mark ("E! News", "Yahoo!", "Jeopardy!") are not exclamations:
// the sentence splitter reads their "!" as a sentence end and cuts "She told E! News that …" in two,
// so the report loses its cue. The names are data: every outlet name or alias with a "!"
// (data/outlets.json) and the titles listed in data/cues.json (names_with_bang), read by their own
// lexicon loader rather than the quote stage's outlet gazetteer: text/ runs before that stage.

let names: string[] | undefined;

function namesWithBang(): string[] {
  if (names) return names;
  // Longest first, so "E! News" is tried before "E!".
  names = [...listedNamesWithBang()].sort((a, b) => b.length - a.length);
  return names;
}

/**
 * Offsets of the "!" characters in `text` that belong to a listed name and so end no sentence: one
 * inside the name ("E! News"), or one closing it when the next word starts in small letters
 * ("told Yahoo! that …", "Jeopardy! host …"); before a capital ("… to Hello! The reply …") it may end one.
 */
export function bangsInsideNames(text: string): Set<number> {
  const out = new Set<number>();
  if (text.indexOf('!') < 0) return out;
  for (const name of namesWithBang()) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isLetterOrDigitBefore(text, at) || isLetterOrDigitAt(text, end)) continue;
      for (let k = name.indexOf('!'); k >= 0; k = name.indexOf('!', k + 1)) {
        if (k < name.length - 1 || nextWordIsLowerCase(text, end)) out.add(at + k);
      }
    }
  }
  return out;
}

/** Whether the first word after offset `from` (past spaces and a comma) starts with a small letter. */
function nextWordIsLowerCase(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === ',')) i++;
  return i < text.length && /\p{Ll}/u.test(text[i]!);
}
