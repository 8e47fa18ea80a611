/**
 * The first three UTF-16 units of text[from, to), ASCII letters folded to lower case, as one number: a
 * prefilter for gazetteer look-ups, compared with the codes of the gazetteer's keys without lower-casing
 * or hashing the phrase ("Dana Cole" opens "dan", which no outlet does). -1 when one of the three is not
 * ASCII or is a space or control character (any code up to 32): lower-casing ("İ") or folding spaces
 * may change what such a key opens with, so it is always looked up.
 */
export function openingCode(text: string, from = 0, to = text.length): number {
  let code = 0;
  for (let i = from; i < from + 3; i++) {
    const c = i < to ? text.charCodeAt(i) : 0;
    if (c >= 128 || (c <= 32 && i < to)) return -1;
    code = code * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return code;
}
