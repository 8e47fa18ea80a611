import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a given name alone in apposition to a relative ("Reyes\'s sister, Carla, …") is a pronoun\'s antecedent', () => {
  test('"X\'s sister, Carla, waited outside. She said …": she is Carla, not the woman who spoke before', () => {
    const text = 'His lawyer, Dana Whitcombe, said the charges were weak. Reyes\'s sister, Carla, waited outside the court. She said the family was exhausted.';
    expect(quote(text, 'the family was exhausted')).toMatchObject({
      text: 'the family was exhausted', type: 'indirect', start: at(text, 'the family was exhausted'),
      speaker: 'Carla', speaker_mention: 'She', speaker_start: at(text, 'She said'), cue: 'said', cue_start: at(text, 'said the family'), outlet: null,
    });
  });

  test('"his wife, Marta, …" with a possessive pronoun', () => {
    const text = 'Coach Ellen Bryce said the team had trained hard. His wife, Marta, sat in the front row. She said she was proud of him.';
    expect(quote(text, 'she was proud of him')).toMatchObject({ type: 'indirect', speaker: 'Marta', speaker_mention: 'She', cue: 'said', outlet: null });
  });

  test('negative: a given name not set in commas after the relative noun is not registered ("X\'s sister Carla")', () => {
    const text = 'His lawyer, Dana Whitcombe, said the charges were weak. Reyes\'s sister Carla waited outside the court. She said the family was exhausted.';
    expect(quote(text, 'the family was exhausted')?.speaker).not.toBe('Carla');
  });
});
