import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';

describe('a role is written as the article spells it', () => {
  test('a British spelling folded by the tagger is given back: "harbour master"', () => {
    const text = '“The quay is closed,” harbour master Jonas Pell told the crowd.';
    expect(quote(text, 'The quay')).toMatchObject({
      type: 'direct', text: 'The quay is closed,', start: 1, end: 20, speaker: 'Jonas Pell', speaker_mention: 'Jonas Pell',
      cue: 'told', outlet: null, speaker_role: 'harbour master',
    });
  });

  test('near miss: the American spelling stays as written', () => {
    const text = '“The quay is closed,” harbor master Jonas Pell told the crowd.';
    expect(quote(text, 'The quay')).toMatchObject({ type: 'direct', speaker: 'Jonas Pell', cue: 'told', speaker_role: 'harbor master' });
  });
});
