/**
 * A short code in marks, "lot codes beginning with “BS24.”", "flight “QX7”": letters and digits mixed, no
 * spaces, at most 10 characters. It names a label, nobody's words.
 */
export function isQuotedCode(quoted: string): boolean {
  const core = quoted.trim().replace(/[.,;:!?]+$/, '');
  return core.length >= 2 && core.length <= 10 && /^[\p{L}\d][\p{L}\d\-\/]*$/u.test(core) && /\d/.test(core) && /\p{L}/u.test(core);
}
