// Quoted words given as an example with no speaker or cue ("a prompt such as “…”") are no quotation. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('an example no one frames', () => {
  test('"lets users enter a request such as “…”": no quote', () => {
    const text = 'The tool lets users enter a request such as “a poem about rain in the voice of Mara Quill.” Downloads doubled.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"phrases like “…”" with no cue: no quote', () => {
    const text = 'The manual lists phrases like “guaranteed to double your money overnight.” Sales rose.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: an example with its speaker and cue is that speaker\'s partial quote', () => {
    const text = 'Ana Ruiz said slogans such as “homes for every family in this city” had won the vote.';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({
        type: 'partial', text: 'homes for every family in this city', start: at(text, 'homes for'),
        speaker: 'Ana Ruiz', speaker_start: at(text, 'Ana Ruiz'), cue: 'said', outlet: null,
      }),
    ]);
  });
});
