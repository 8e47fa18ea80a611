export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'warc';

// A Map: an object literal would give "notes.constructor" a format from its prototype.
const BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map([
  ['txt', 'text'], ['md', 'text'], ['markdown', 'text'], ['text', 'text'],
  ['html', 'html'], ['htm', 'html'], ['xhtml', 'html'],
  ['json', 'json'],
  ['jsonl', 'jsonl'], ['ndjson', 'jsonl'],
  ['warc', 'warc'], ['arc', 'warc'],
]);

/** Format by extension, looking through a final .gz. */
export function formatOf(path: string): InputFormat | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : BY_EXTENSION.get(name.slice(dot + 1)) ?? null;
}

export function isGzipped(path: string): boolean {
  return path.toLowerCase().endsWith('.gz');
}
