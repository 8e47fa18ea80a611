import { regExpLiteral } from '../text/regexp-literal.js';

// A capitalised word of two letters or more and the spaces after it, tried at one offset.
const WORD_AND_SPACES = /(\p{Lu}[\p{L}'’-]+)[ \t]+/uy;
// What continues a name past its last letter (so the text writes a longer word there).
const NAME_GOES_ON = /[\p{L}'’-]/uy;

/**
 * The capitalised words written right before `name` in `text`, in order: group 1 of each match of
 * /(\p{Lu}[\p{L}'’-]+)[ \t]+NAME(?![\p{L}'’-])/gu. That pattern tried a match at every capital of the
 * article for every name asked about; here only the name's occurrences (indexOf) are read, and at each the
 * word before it, from its leftmost possible start, as the global pattern would.
 */
export function* capitalisedWordsBefore(text: string, name: string): Generator<string> {
  // (A name opening with a space, or holding half a surrogate pair, is matched otherwise by the pattern: ask it.)
  if (name === '' || /^[ \t]|[\ud800-\udfff]/.test(name)) {
    for (const m of text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+)[ \t]+${regExpLiteral(name)}(?![\p{L}'’-])`, 'gu'))) yield m[1]!;
    return;
  }
  // Where the last match ended: the next starts no earlier.
  let lastEnd = 0;
  for (let at = text.indexOf(name, 1); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before !== 32 && before !== 9) continue;
    NAME_GOES_ON.lastIndex = at + name.length;
    if (NAME_GOES_ON.test(text)) continue;
    let spaces = at - 1;
    while (spaces > 0 && isSpaceOrTab(text.charCodeAt(spaces - 1))) spaces--;
    // Back to where the word before the spaces may start (further back than needed is safe: each offset is tried).
    let from = spaces;
    while (from > lastEnd && !endsWord(text.charCodeAt(from - 1))) from--;
    for (let p = Math.max(from, lastEnd); p <= spaces - 2; p++) {
      WORD_AND_SPACES.lastIndex = p;
      const m = WORD_AND_SPACES.exec(text);
      if (!m || m.index !== p || p + m[0].length !== at) continue;
      yield m[1]!;
      lastEnd = at + name.length;
      break;
    }
  }
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** An ASCII character outside [A-Za-z'-]: no word of the pattern holds one (other characters may, so are read past). */
function endsWord(c: number): boolean {
  return c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45);
}
