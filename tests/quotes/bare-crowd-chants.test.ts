import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a chant of a bare crowd noun, with no determiner, count or name, is no quote', () => {
  test('"In Varnholm, crowds chanted “…”": no quote', () => {
    const text = 'In Varnholm, crowds chanted “Open the gates!” late into the evening.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: "Protesters marching … chanted “…”" keeps the chant, as PolNeAR does', () => {
    const text = 'Protesters marching past the hall chanted “Open the gates!” late into the evening.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quotesOf(text)[0]).toMatchObject({ text: 'Open the gates!', start: at(text, 'Open'), cue: 'chanted', cue_start: at(text, 'chanted') });
  });

  test('near miss: "The crowd chanted “…”" points to a crowd and keeps its chant', () => {
    const text = 'The crowd chanted “Open the gates!” late into the evening.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'Open the gates!', start: at(text, 'Open'), end: at(text, '” late'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'The crowd', speaker_start: 0, speaker_end: 9, cue: 'chanted', cue_start: at(text, 'chanted'), outlet: null,
    }]);
  });
});
