import { describe, expect, test } from 'vitest';
import { exhortingVerbs } from '../../src/lexicon/exhorting-verbs.js';

describe('exhortingVerbs (data/exhorting-verbs.json)', () => {
  test('verbs of urging someone to act, as lemmas', () => {
    expect(exhortingVerbs().has('urge')).toBe(true);
    expect(exhortingVerbs().has('implore')).toBe(true);
  });
  test('no verb of speech or of wanting: those are read elsewhere', () => {
    expect(exhortingVerbs().has('say')).toBe(false);
    expect(exhortingVerbs().has('want')).toBe(false);
    expect(exhortingVerbs().has('urged')).toBe(false);
  });
});
