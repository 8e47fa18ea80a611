import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the streamer" stands for a listed body whose whole name, marks and all, opens the sentence', () => {
  test('"Apple TV+ has dropped …, the streamer said"', () => {
    const text = 'Apple TV+ has dropped its comedy "Low Tide" after two seasons, the streamer said on Monday.';
    expect(quote(text, 'Apple TV+')).toMatchObject({
      type: 'indirect', text: 'Apple TV+ has dropped its comedy "Low Tide" after two seasons', start: 0,
      speaker: 'Apple TV+', speaker_kind: 'organization', speaker_mention: 'the streamer', speaker_start: at(text, 'the streamer'),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: "the producer" is no body noun and stays its own speaker', () => {
    const text = 'Apple TV+ has dropped its comedy "Low Tide" after two seasons, the producer said on Monday.';
    expect(quote(text, 'Apple TV+')).toMatchObject({ speaker_mention: 'the producer', cue: 'said' });
    expect(quote(text, 'Apple TV+').speaker).not.toBe('Apple TV+');
  });
});
