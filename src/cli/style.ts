/** Colour only on a TTY and never with NO_COLOR (https://no-color.org). */
export function useColour(stream: NodeJS.WriteStream = process.stderr): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

export function paint(code: number, text: string, stream?: NodeJS.WriteStream): string {
  return useColour(stream) ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export const red = (t: string) => paint(31, t);
export const yellow = (t: string) => paint(33, t);
export const green = (t: string) => paint(32, t);

/**
 * One line fit for a terminal: control characters (a binary line's bytes quoted in a JSON error, an
 * escape sequence in a file name) are shown as \uXXXX instead of moving the cursor or changing colours.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

