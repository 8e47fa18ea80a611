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

/** Whether the code point at offset i is a letter or digit (false at the end of the text). */
export const isLetterOrDigitAt = (text: string, i: number): boolean => isLetterOrDigit(text.codePointAt(i));

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

/**
 * The maximal runs of word characters in a text, read one UTF-16 unit at a time as /[\p{L}]/u.test(text[i])
 * (or /[\p{L}\p{N}]/u.test(text[i]) with `digits`) reads them. A phrase found with those boundary tests
 * either side starts with one of these runs, so a phrase whose first run is missing is not in the text:
 * one pass over the text rules out most of a gazetteer's names before any indexOf.
 */
export function wordRuns(text: string, digits: boolean): Set<string> {
  const runs = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordUnit(text.charCodeAt(i), digits);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      runs.add(text.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

/** The run of word characters a phrase opens with (as wordRuns reads them); '' when it opens with another character. */
export function firstWordRun(phrase: string, digits: boolean): string {
  let end = 0;
  while (end < phrase.length && isWordUnit(phrase.charCodeAt(end), digits)) end++;
  return phrase.slice(0, end);
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT_UNIT = /^[\p{L}\p{N}]$/u;

function isWordUnit(unit: number, digits: boolean): boolean {
  if (unit < 128) return (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || (digits && unit >= 48 && unit <= 57);
  return (digits ? LETTER_OR_DIGIT_UNIT : LETTER).test(String.fromCharCode(unit));
}
