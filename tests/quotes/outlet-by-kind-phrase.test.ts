// An outlet the article introduced by its kind ("the cycling website VeloPlus"), later told by its name alone.
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"told NAME" after "the KIND NAME"', () => {
  test('a one-word site the gazetteer does not know is the outlet told', () => {
    const text = 'Speaking to the rowing website Skullfest, Ada Brill said the course was too short. Piet Onder told Skullfest that the wind had decided the final.';
    expect(quote(text, 'the wind')).toMatchObject({
      text: 'the wind had decided the final', type: 'indirect', start: at(text, 'the wind'), speaker: 'Piet Onder',
      speaker_start: at(text, 'Piet'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Skullfest',
    });
  });

  test('a paper introduced after "the newspaper" too', () => {
    const text = 'The newspaper Dagkoerier first reported the sale. Mira Holt told Dagkoerier that the price had been fair.';
    expect(quote(text, 'the price')).toMatchObject({ speaker: 'Mira Holt', cue: 'told', outlet: 'Dagkoerier' });
  });

  test('near miss: a person told by name stays a listener, with no outlet', () => {
    const text = 'Speaking to the rowing website Skullfest, Ada Brill said the course was too short. Piet Onder told Brill that the wind had decided the final.';
    expect(quote(text, 'the wind')).toMatchObject({ speaker: 'Piet Onder', cue: 'told', outlet: null });
  });
});
