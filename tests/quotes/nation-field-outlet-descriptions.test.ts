import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the French sports daily" stands for the outlet named before it', () => {
  test('a nation and a field before "daily": the whole description is the mention, the outlet named before the speaker', () => {
    const text = 'According to Le Figaro, the mayor had resigned. The French sports daily reported that talks had collapsed.';
    expect(quote(text, 'talks had')).toMatchObject({
      type: 'indirect', text: 'talks had collapsed', start: at(text, 'talks had'), end: text.length - 1,
      speaker: 'Le Figaro', speaker_kind: 'outlet', speaker_mention: 'The French sports daily',
      speaker_start: at(text, 'The French'), cue: 'reported', outlet: 'Le Figaro',
    });
  });

  test('a nation alone before "daily"', () => {
    const text = 'According to Le Figaro, the mayor had resigned. The French daily reported that talks had collapsed.';
    expect(quote(text, 'talks had')).toMatchObject({ type: 'indirect', speaker: 'Le Figaro', speaker_kind: 'outlet', speaker_mention: 'The French daily', cue: 'reported', outlet: 'Le Figaro' });
  });

  test('near miss: with no outlet named before, the description stays its own', () => {
    const text = 'The French daily reported that talks had collapsed.';
    expect(quote(text, 'talks had')).toMatchObject({ type: 'indirect', speaker: 'The French daily', speaker_kind: 'outlet', speaker_mention: 'The French daily', cue: 'reported' });
  });

  test('near miss: "daily" after a verb is still an adverb', () => {
    const text = 'Prices rose daily, the minister said.';
    expect(quote(text, 'Prices')).toMatchObject({ type: 'indirect', text: 'Prices rose daily', speaker_mention: 'the minister', cue: 'said' });
  });
});
