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

/**
 * The last three UTF-16 units of text[from, to) as openingCode reads the first three (padded with 0 in
 * front when shorter; the same test and folding, so a change to one belongs in both): with the opening it rules out most phrases that open like some gazetteer key
 * ("Daniel Cole" opens as "Daily Mail" does, but ends otherwise). -1 as there.
 */
export function closingCode(text: string, from = 0, to = text.length): number {
  let code = 0;
  for (let i = to - 3; i < to; i++) {
    const c = i >= from ? text.charCodeAt(i) : 0;
    if (c >= 128 || (c <= 32 && i >= from)) return -1;
    code = code * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return code;
}

/**
 * openingCode and closingCode of text[from, to) as one number, or -1 when either is -1: a key can equal
 * a gazetteer key (up to the case of ASCII letters) only when both codes are equal.
 */
export function endsCode(text: string, from = 0, to = text.length): number {
  const opening = openingCode(text, from, to);
  const closing = opening < 0 ? -1 : closingCode(text, from, to);
  // Each code is below 128 ** 3 = 2 ** 21: the pair is exact in a double.
  return closing < 0 ? -1 : opening * 2 ** 21 + closing;
}
