import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// The sentence's subject is read up to a cap of words; the cap never cuts a hyphenated surname in two.
describe('a long description before a hyphenated surname keeps the whole name as the subject', () => {
  const text = 'The former national chess federation president Tomas Vallin-Roche said the ruling was “deeply unfair” and warned that “the appeal will drag on for years.”';

  test('both cues, the second coordinated with "and", have the full name', () => {
    expect(quote(text, 'deeply')).toMatchObject({
      type: 'partial', text: 'deeply unfair', start: at(text, 'deeply'), speaker: 'Tomas Vallin-Roche', speaker_mention: 'Tomas Vallin-Roche',
      speaker_start: at(text, 'Tomas'), speaker_end: at(text, ' said'), speaker_kind: 'person', cue: 'said', outlet: null,
    });
    expect(quote(text, 'the appeal')).toMatchObject({
      type: 'partial', text: 'the appeal will drag on for years.', start: at(text, 'the appeal'), speaker: 'Tomas Vallin-Roche', speaker_mention: 'Tomas Vallin-Roche',
      speaker_start: at(text, 'Tomas'), speaker_end: at(text, ' said'), speaker_kind: 'person', cue: 'warned', outlet: null,
    });
  });

  test('near miss: an unhyphenated surname after the same description is unchanged', () => {
    const plain = text.replace('Vallin-Roche', 'Vallin');
    expect(quote(plain, 'the appeal')).toMatchObject({ speaker: 'Tomas Vallin', speaker_mention: 'Tomas Vallin', speaker_start: at(plain, 'Tomas'), speaker_end: at(plain, ' said'), cue: 'warned' });
  });
});
