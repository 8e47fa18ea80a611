import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('indirect speech frames', () => {
  test('a possessive description speaks a trailing frame: "CLAUSE, her friend said."', () => {
    const text = 'The flights were full. Maren Tolle was also bound for Lisbon, her friend said.';
    expect(quote(text, 'Maren Tolle')).toMatchObject({
      type: 'indirect', text: 'Maren Tolle was also bound for Lisbon', start: at(text, 'Maren'),
      speaker_mention: 'her friend', speaker_start: at(text, 'her friend'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"his spokesman" is the whole speaker phrase, not "spokesman" alone', () => {
    const text = 'The talks stalled. The ferry line will reopen in June, his spokesman said on Friday.';
    expect(quote(text, 'The ferry line')).toMatchObject({ type: 'indirect', text: 'The ferry line will reopen in June', speaker_mention: 'his spokesman', cue: 'said' });
  });

  test('an object pronoun after a verb is no possessive speaker', () => {
    const text = 'The council voted late. Officials thanked her, and the mayor said nothing.';
    expect(quotesOf(text).filter((q) => q.speaker_mention === 'her')).toEqual([]);
  });
});
