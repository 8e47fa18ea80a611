import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a pronoun inside a "while"/"whereas" clause refers to that clause\'s subject', () => {
  test('"what it called" after ", while the Guild welcomed" is the Guild\'s', () => {
    const text = 'The Ferry Board warned that fares could rise, while the Riverside Traders Guild welcomed what it called “a lifeline for the old quay.”';
    expect(quote(text, 'a lifeline')).toMatchObject({
      type: 'partial', text: 'a lifeline for the old quay.', start: at(text, 'a lifeline'),
      speaker: 'Riverside Traders Guild', speaker_kind: 'organization', speaker_mention: 'it', cue: 'called', cue_start: at(text, 'called'), outlet: null,
    });
  });

  test('a person\'s "he" inside the contrast clause is that person', () => {
    const text = 'Dora Pell opposed the merger, whereas Arlo Brandt praised what he called “a sensible union.”';
    expect(quote(text, 'a sensible union')).toMatchObject({ type: 'partial', speaker: 'Arlo Brandt', speaker_mention: 'he', cue: 'called' });
  });

  test('near miss: a pronoun after a comma closing the contrast is still the sentence subject\'s', () => {
    const text = 'Dora Pell opposed the merger while the board was silent, and she called it “a sorry mess.”';
    expect(quote(text, 'a sorry mess')).toMatchObject({ type: 'partial', speaker: 'Dora Pell', speaker_mention: 'she', cue: 'called' });
  });
});
