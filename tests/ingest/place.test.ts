import { describe, expect, test } from 'vitest';
import { placeOf } from '../../src/ingest/place.js';

describe('the place of an input in messages', () => {
  test('places: a line of a feed, a record of a WARC by its offset, a whole file', () => {
    expect(placeOf({ path: 'feed.jsonl', line: 4 })).toBe('feed.jsonl:4');
    expect(placeOf({ path: 'crawl.warc.gz', offset: 8192 })).toBe('crawl.warc.gz@8192');
    expect(placeOf({ path: 'notes.txt' })).toBe('notes.txt');
  });
});
