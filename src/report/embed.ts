/**
 * JSON that can sit inside a <script> element: no "</script", "<!--" or "<script" can appear
 * (every "<" becomes \u003c, which JSON.parse reads back as "<"), and U+2028/U+2029 are escaped
 * so the text is also valid as a JavaScript literal.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
