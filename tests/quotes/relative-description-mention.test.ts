// "…, according to a person close to the board, who told …": the unnamed source is mentioned by its description.
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an unnamed speaker behind ", who" is mentioned by the description', () => {
  test('"confirmed by a person close to the club, who told Reuters that …": mention the description', () => {
    const text = 'The sale was confirmed by a person close to the club, who told Reuters that the deal was done.';
    expect(quote(text, 'the deal')).toMatchObject({
      type: 'indirect', text: 'the deal was done', start: at(text, 'the deal'), speaker: 'a person close to the club', speaker_kind: 'anonymous',
      speaker_mention: 'a person close to the club', speaker_start: at(text, 'a person'), speaker_end: at(text, 'a person') + 'a person close to the club'.length,
      cue: 'told', outlet: 'Reuters',
    });
  });

  test('near miss: a named speaker keeps "who"', () => {
    const text = 'The sale was confirmed by Ada Lind, who told Reuters that the deal was done.';
    expect(quote(text, 'the deal')).toMatchObject({ speaker: 'Ada Lind', speaker_mention: 'who', cue: 'told' });
  });
});
