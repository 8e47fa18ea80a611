import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an alias given in apposition names the person later', () => {
  test('"known as The X" then "The X said": the person named before speaks', () => {
    const text = 'Rosa Kettering, known as The Anvil, retired last spring. “I miss the crowd,” The Anvil said.';
    expect(quote(text, 'I miss')).toMatchObject({ text: 'I miss the crowd,', type: 'direct', speaker: 'Rosa Kettering', speaker_mention: 'The Anvil', speaker_start: at(text, 'The Anvil said'), cue: 'said' });
  });

  test('"nicknamed the X" then "said the X": with or without the capital on "the"', () => {
    const text = 'Ivo Brandt, nicknamed the Night Baker, opened a shop. “Bread waits for no one,” said The Night Baker.';
    expect(quote(text, 'Bread waits')).toMatchObject({ text: 'Bread waits for no one,', type: 'direct', speaker: 'Ivo Brandt', cue: 'said' });
  });
});
