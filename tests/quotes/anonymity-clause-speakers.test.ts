import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a noun before ", who requested anonymity," is a person speaking', () => {
  test('"…, and one longtime subscriber, who requested anonymity, said …": the subscriber reports', () => {
    const text = 'Readers were angry, and one longtime patron, who requested anonymity, said the library had lost its way.';
    expect(quote(text, 'the library')).toMatchObject({
      type: 'indirect', text: 'the library had lost its way', start: at(text, 'the library'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'one longtime patron', speaker_start: at(text, 'one longtime'), cue: 'said', outlet: null,
    });
  });

  test('"who asked not to be named" too, with "that"', () => {
    const text = 'Readers were angry, and one longtime patron, who asked not to be named, said that the library had lost its way.';
    expect(quote(text, 'the library')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'one longtime patron', cue: 'said' });
  });

  test('near miss: another relative clause leaves the unlisted noun as it was', () => {
    const text = 'Readers were angry, and one longtime patron, who visited weekly, said the library had lost its way.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'one longtime patron')).toBe(false);
  });
});
