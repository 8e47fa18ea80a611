import { describe, expect, test } from 'vitest';
import { SpanIndex } from '../../src/text/span-index.js';

interface Span {
  start: number;
  end: number;
}

describe('SpanIndex', () => {
  test('answers as a scan of every span would, nested and overlapping spans included', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const spans: Span[] = Array.from({ length: 300 }, () => {
      const start = random(2000);
      return { start, end: start + 1 + random(random(10) === 0 ? 400 : 20) };
    });
    const index = new SpanIndex(spans, (s) => s.start, (s) => s.end);
    for (let q = 0; q < 500; q++) {
      const start = random(2100);
      const end = start + random(60);
      const expected = spans.filter((s) => s.start < end && s.end > start).sort((a, b) => a.start - b.start);
      expect(index.overlapping(start, end).map((s) => [s.start, s.end])).toEqual(expected.map((s) => [s.start, s.end]));
      expect(index.overlaps(start, end)).toBe(expected.length > 0);
    }
  });

  test('a long span reaches ranges far after its start', () => {
    const index = new SpanIndex([{ start: 0, end: 1000 }, { start: 10, end: 12 }, { start: 500, end: 510 }], (s) => s.start, (s) => s.end);
    expect(index.overlapping(700, 701)).toEqual([{ start: 0, end: 1000 }]);
    expect(index.overlaps(1000, 1200)).toBe(false);
  });
});
