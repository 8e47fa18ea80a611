export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'warc';

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'text', md: 'text', markdown: 'text', text: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl', ndjson: 'jsonl',
  warc: 'warc', arc: 'warc',
};

/** Format by extension, looking through a final .gz. */
export function formatOf(path: string): InputFormat | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : BY_EXTENSION[name.slice(dot + 1)] ?? null;
}

export function isGzipped(path: string): boolean {
  return path.toLowerCase().endsWith('.gz');
}
