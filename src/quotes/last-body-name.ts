import { genderOfFirstName, isHonorific } from '../nlp/names.js';
import { isRoleWord } from '../nlp/words.js';

/** A body's name as written and where it starts in the text. */
export interface NamedBody {
  name: string;
  start: number;
}

/**
 * The last match of `pattern` (global; the name in group 1, closing the match) in text[from, at) whose first word
 * opens no person's name — no given name, role or title: "run by Ana Ruiz", "owned by Mayor Ruiz", "the group Ana
 * Ruiz founded" name a person. Shared by operatorNamedBefore and bodyNamedAfterNoun; null when none.
 */
export function lastBodyNameIn(text: string, from: number, at: number, pattern: RegExp): NamedBody | null {
  let last: NamedBody | null = null;
  for (const m of text.slice(from, at).matchAll(pattern)) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!;
    if (genderOfFirstName(first) !== 'unknown' || isRoleWord(first.toLowerCase()) || isHonorific(first.toLowerCase())) continue;
    last = { name, start: from + m.index! + m[0].length - name.length };
  }
  return last;
}
