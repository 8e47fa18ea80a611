/**
 * Whether the article writes `lower` (a word in small letters) as a whole word anywhere: a capitalised word the
 * text also uses in small letters is an ordinary word at a sentence's start, no one's name.
 * Remembered for the last article asked about: an article of thousands of sentences each opening with the same
 * word would otherwise scan the whole text once per sentence (quadratic, as the bench's article shapes showed).
 */
let lastText: string | undefined;
const seen = new Map<string, boolean>();

export function writtenInSmallLetters(text: string, lower: string): boolean {
  if (text !== lastText) {
    lastText = text;
    seen.clear();
  }
  let found = seen.get(lower);
  if (found === undefined) {
    found = new RegExp(`(?<![\\p{L}-])${lower}(?![\\p{L}-])`, 'u').test(text);
    seen.set(lower, found);
  }
  return found;
}
