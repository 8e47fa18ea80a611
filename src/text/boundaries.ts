// Character tests at an offset, read by code point as a regex with the `u` flag reads them, so that an
// indexOf scan checked with these finds what (?<![\p{L}\p{N}])…(?![\p{L}\p{N}]) finds.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point that ends right before offset i (a surrogate pair read whole), or undefined at the start. */
export function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return low;
}

/** The number of UTF-16 units a code point takes. */
export const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

const isLetterOrDigit = (cp: number | undefined): boolean => {
  if (cp === undefined) return false;
  // ASCII decided without the regex.
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
};

const LETTER = /^\p{L}$/u;

/** /\p{L}/u for one code point, with ASCII decided by code. */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

/** Whether the code point that ends right before offset i is a letter or digit (false at the start): (?<=[\p{L}\p{N}]). */
export const isLetterOrDigitBefore = (text: string, i: number): boolean => isLetterOrDigit(codePointBefore(text, i));

/** Whether the code point at offset i is a letter or digit (false at the end of the text). */
export const isLetterOrDigitAt = (text: string, i: number): boolean => isLetterOrDigit(text.codePointAt(i));

/** Whether a line break stands between spans a and b (tokens); read in place, as it is asked for every word of every name run. */
export function lineBreakBetween(text: string, a: { end: number }, b: { start: number }): boolean {
  for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Offsets where `word` (which must not start with a low surrogate) stands with no letter or digit either side. */
export function wholeWordOffsets(text: string, word: string): number[] {
  const out: number[] = [];
  if (!word) return out;
  for (let i = text.indexOf(word); i >= 0; ) {
    if (!isLetterOrDigit(codePointBefore(text, i)) && !isLetterOrDigitAt(text, i + word.length)) {
      out.push(i);
      i = text.indexOf(word, i + word.length);
    } else i = text.indexOf(word, i + 1);
  }
  return out;
}

/** What name.split(/\s+/).pop() gives: the text after the last white space. */
export function lastWord(name: string): string {
  let i = name.length;
  while (i > 0 && !isWhiteSpace(name.charCodeAt(i - 1))) i--;
  return name.slice(i);
}

/** /\s/ for one UTF-16 unit, by code (white space and line terminators, as String.prototype.trim reads them). */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** /^\p{Lu}/u.test(word), with ASCII decided by code (the speaker rules ask it of most tokens they pass). */
export function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL_FIRST.test(word);
}

const CAPITAL_FIRST = /^\p{Lu}/u;
