import { describe, expect, test } from 'vitest';
import { capitalisedRunSource } from '../../src/text/capitalised-run.js';

const run = (gap: string, joiners: string[]) => new RegExp(`^(?:${capitalisedRunSource(gap, joiners)})$`, 'u');

describe('a run of capitalised words with small joining words between them (capitalised-run.ts)', () => {
  test('"Federation of Small Farm Owners" and "Arts & Letters Council" are runs; a joiner must sit between capitals', () => {
    const r = run('[ \\t]+', ['and', 'of', 'the', '&']);
    expect(r.test('Federation of Small Farm Owners')).toBe(true);
    expect(r.test('Arts & Letters Council')).toBe(true);
    expect(r.test("O'Neill-Brady Trust")).toBe(true);
    expect(r.test('Federation of')).toBe(false);
  });

  test('near misses: a single word, a lower-case word that is no joiner, a line break where the gap allows none', () => {
    expect(run('[ \\t]+', ['and', 'of']).test('Federation')).toBe(false);
    expect(run('[ \\t]+', ['and', 'of']).test('Federation with Owners')).toBe(false);
    expect(run('[ \\t]+', ['and', 'of']).test('Federation of\nOwners')).toBe(false);
    expect(run('\\s+', ['and', 'of']).test('Federation of\nOwners')).toBe(true);
  });
});
