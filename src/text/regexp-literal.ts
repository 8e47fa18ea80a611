/** `text` written so a RegExp matches it literally: its pattern characters escaped. */
export function regExpLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
