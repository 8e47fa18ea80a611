import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a body\'s acronym speaking is the body named in full before', () => {
  test('initials of the capitalised words named before', () => {
    const text = 'The National Rowing Integrity Agency said it had opened a case. “The inquiry is continuing,” the NRIA said.';
    expect(quote(text, 'it had opened')).toMatchObject({ type: 'indirect', speaker: 'National Rowing Integrity Agency', speaker_kind: 'organization' });
    expect(quote(text, 'The inquiry')).toMatchObject({
      type: 'direct', text: 'The inquiry is continuing,', start: at(text, 'The inquiry'), speaker: 'National Rowing Integrity Agency',
      speaker_kind: 'organization', speaker_mention: 'NRIA', cue: 'said', outlet: null,
    });
  });

  test('the acronym given in brackets after the name', () => {
    const text = 'A complaint went to the Office for Coastal Fisheries (OCF) last year. “We are reviewing it,” the OCF said.';
    expect(quote(text, 'We are reviewing')).toMatchObject({ type: 'direct', speaker: 'Office for Coastal Fisheries', speaker_kind: 'organization', speaker_mention: 'OCF', cue: 'said' });
  });

  test('near miss: an acronym no name before spells stays as written', () => {
    const text = 'The National Rowing Federation said it had opened a case. “The inquiry is continuing,” the NRIA said.';
    expect(quote(text, 'The inquiry')).toMatchObject({ speaker: 'NRIA', speaker_mention: 'NRIA', cue: 'said' });
  });
});
