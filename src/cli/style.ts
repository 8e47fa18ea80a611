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
