import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a capitalised quantifier opening a sentence before its verb is someone unnamed, no person', () => {
  test('"Several said …": anonymous, mention "Several"', () => {
    const text = 'The nurses met the board on Friday. Several said the night shifts were understaffed.';
    const words = 'the night shifts were understaffed';
    expect(quote(text, 'the night shifts')).toMatchObject({
      type: 'indirect', text: words, start: at(text, words), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Several', speaker_start: at(text, 'Several'), cue: 'said', outlet: null,
    });
  });

  test('near miss: "Several nurses said …" keeps its noun as the mention', () => {
    const text = 'Several nurses said the night shifts were understaffed.';
    expect(quote(text, 'the night shifts')).toMatchObject({ speaker_kind: 'anonymous', speaker_mention: 'Several nurses', speaker_start: 0 });
  });
});
