import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "told CTV's Power Play that …": the reported clause starts after "that", past the programme named after its
// owner's possessive, whatever the tagger makes of the programme's words ("Play" read as a verb).
describe('the that-clause after "told OWNER\'s PROGRAMME that"', () => {
  test('a programme word the tagger reads as a verb stays out of the content', () => {
    const text = 'Transport Minister Alain Roussel told CTV\'s Power Play that the bridge would reopen in spring.';
    expect(quote(text, 'the bridge')).toMatchObject({
      text: 'the bridge would reopen in spring', type: 'indirect', start: at(text, 'the bridge'), end: at(text, '.'),
      speaker: 'Alain Roussel', speaker_start: at(text, 'Alain'), speaker_role: 'transport minister',
      cue: 'told', cue_start: at(text, 'told'), outlet: 'Power Play',
    });
  });

  test('negative: the outlet without a possessive owner reads as before', () => {
    const text = 'Alain Roussel told Rolling Stone that the bridge would reopen in spring.';
    expect(quote(text, 'the bridge')).toMatchObject({
      text: 'the bridge would reopen in spring', type: 'indirect', speaker: 'Alain Roussel', cue: 'told', outlet: 'Rolling Stone',
    });
  });
});
