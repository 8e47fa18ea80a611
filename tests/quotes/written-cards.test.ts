import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('words a card "read" are written on it, no one\'s quote', () => {
  test('"a sympathy card that read “…”" gives no quote', () => {
    const text = 'A sympathy card that read “Rest easy, old friend” was left on the step.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: what someone says about the card stays their partial', () => {
    const text = 'Okafor said the card “meant the world” to her.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'meant the world', start: at(text, 'meant'), end: at(text, '” to'), speaker: 'Okafor', speaker_kind: 'person',
      speaker_mention: 'Okafor', speaker_start: 0, speaker_end: 6, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
  });
});
