import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"Its critic, NAME" after a sentence opened by an outlet: her written words are that outlet\'s', () => {
  test('"The Atlantic was warmer. Its critic, NAME, …": what she wrote is The Atlantic\'s', () => {
    const text = 'The Atlantic was warmer. Its critic, Mira Stoll, liked the cast. “A small, stubborn miracle,” she wrote.';
    expect(quote(text, 'A small')).toMatchObject({
      text: 'A small, stubborn miracle,', type: 'direct', speaker: 'Mira Stoll', cue: 'wrote', cue_start: at(text, 'wrote'), start: at(text, 'A small'), outlet: 'The Atlantic',
    });
  });

  test('near miss: "Its" after a sentence opened by no outlet gives no outlet', () => {
    const text = 'The studio was warmer. Its critic, Mira Stoll, liked the cast. “A small, stubborn miracle,” she wrote.';
    expect(quote(text, 'A small')).toMatchObject({ type: 'direct', speaker: 'Mira Stoll', cue: 'wrote', outlet: null });
  });
});
