import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const entities = (text: string) => extractArticle(text, { id: 'w' }).entities;

// "Rowing.com": a site's name and its web domain are one word (src/nlp/web-names.ts), and a news site though no
// list knows it; the report after "According to Rowing.com," opens after the comma.
describe('a site named with its web domain', () => {
  test('"According to Rowing.com, …": the site is the source and the outlet, the span starts at the clause', () => {
    const text = 'According to Rowing.com, Pellworth has now been fined three times.';
    expect(quote(text, 'Pellworth')).toMatchObject({
      text: 'Pellworth has now been fined three times', type: 'indirect', start: at(text, 'Pellworth'),
      speaker: 'Rowing.com', speaker_kind: 'outlet', speaker_start: 13, speaker_end: 23, cue: 'According to', outlet: 'Rowing.com',
    });
    expect(entities(text).outlets.map((o) => o.name)).toEqual(['Rowing.com']);
    expect(entities(text).people.map((p) => p.name)).not.toContain('Rowing');
  });

  test('", according to Rowing.com." closing the sentence, and a domain of two parts ("Rowing.com.au")', () => {
    const text = 'Pellworth has now been fined three times, according to Rowing.com.au.';
    expect(quote(text, 'Pellworth')).toMatchObject({ text: 'Pellworth has now been fined three times', speaker: 'Rowing.com.au', speaker_kind: 'outlet', outlet: 'Rowing.com.au' });
  });

  test('near miss: a campaign\'s ".org" site is the body\'s own, no outlet', () => {
    const text = 'According to SaveTheQuay.org, the pier has been closed for a year.';
    expect(quote(text, 'the pier')).toMatchObject({ text: 'the pier has been closed for a year', speaker: 'SaveTheQuay.org' });
    expect(quote(text, 'the pier')?.speaker_kind).not.toBe('outlet');
  });

  test('near miss: a full stop between two sentences with a space after it still ends the first', () => {
    const text = 'The race was held in Rowing. Com officials said nothing.';
    expect(extractArticle(text, { id: 'w' }).entities.outlets).toEqual([]);
  });
});
