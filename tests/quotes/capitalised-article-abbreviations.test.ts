import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('"The AP’s editor …": an abbreviation after a capitalised "The" is written in full when the article names the outlet in full', () => {
  test('the staff outlet "The AP" is the Associated Press the article named, as its entity is', () => {
    const text = 'The Associated Press declared the winner on Friday. The AP’s elections editor, Rhea Dontas, wrote in a note to readers: “We wait for every county.”';
    expect(quote(text, 'We wait for every county')).toMatchObject({ text: 'We wait for every county.', type: 'direct', speaker: 'Rhea Dontas', cue: 'wrote', cue_start: at(text, 'wrote in a note'), start: at(text, 'We wait'), outlet: 'Associated Press' });
    expect(extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name)).toEqual(['Associated Press']);
  });

  test('negative: an article that only abbreviates it keeps "The AP"', () => {
    const text = 'The AP’s elections editor, Rhea Dontas, wrote in a note to readers: “We wait for every county.”';
    expect(quote(text, 'We wait for every county')).toMatchObject({ type: 'direct', speaker: 'Rhea Dontas', cue: 'wrote', outlet: 'The AP' });
  });
});
