import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('the object a naming verb names (naming.ts OBJECT_PRONOUNS, from nlp/words.ts)', () => {
  test('a third-person object pronoun: "called him a “…”"', () => {
    const text = 'Dana Ruiz, the pilot, called him a “harbour rat” on Monday.';
    expect(quote(text, 'harbour rat')).toMatchObject({ type: 'partial', text: 'harbour rat', speaker: 'Dana Ruiz', cue: 'called', cue_start: at(text, 'called') });
  });

  test('negative: the writer\'s own "myself" after "consider" names nothing', () => {
    const text = 'As a ferry pilot for thirty years, I consider myself an authority on the harbour tides.';
    expect(quotesOf(text)).toEqual([]);
  });
});
