import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an "-ing" modifier after a possessive inside a speaker phrase', () => {
  test('"…, its publishing house said on Friday." is a lead tag with the whole phrase as mention', () => {
    const text = 'The memoir will be withdrawn from shops, its publishing house said on Friday.';
    expect(quote(text, 'The memoir')).toMatchObject({ text: 'The memoir will be withdrawn from shops', type: 'indirect', start: 0, speaker_mention: 'its publishing house', cue: 'said', outlet: null });
  });

  test('near miss: a participle that is the clause\'s verb is no modifier', () => {
    const text = 'The memoir will be withdrawn, its author writing to readers on Friday.';
    expect(quotesOf(text).filter((q) => q.cue === 'said')).toEqual([]);
  });
});

describe('a ruling verb as a tag after the clause it reports', () => {
  test('"…, the appeals court ruled on Tuesday." reports the clause before it', () => {
    const text = 'The city may close the harbour road, the appeals court ruled on Tuesday.';
    expect(quote(text, 'The city')).toMatchObject({ text: 'The city may close the harbour road', type: 'indirect', start: 0, speaker_mention: 'the appeals court', cue: 'ruled', outlet: null });
  });

  test('near miss: "ruled" after a king is no ruling', () => {
    const text = 'The fortress fell in 1402, the king ruled on for a decade.';
    expect(quotesOf(text).filter((q) => q.cue === 'ruled')).toEqual([]);
  });

  test('near miss: a subject not right after a comma is no tag', () => {
    const text = 'Players on the court ruled on Tuesday.';
    expect(quotesOf(text)).toEqual([]);
  });
});
