import { describe, expect, test } from 'vitest';
import { formatOf } from '../../src/ingest/format.js';

describe('formatOf', () => {
  test('by extension, through a final .gz', () => {
    expect(formatOf('a/b/story.TXT')).toBe('text');
    expect(formatOf('dump.jsonl.gz')).toBe('jsonl');
    expect(formatOf('crawl.warc.gz')).toBe('warc');
  });

  test('an extension that names an object property is no format', () => {
    for (const name of ['notes.constructor', 'x.toString', 'y.__proto__', 'z.hasOwnProperty']) expect(formatOf(name)).toBeNull();
  });
});
