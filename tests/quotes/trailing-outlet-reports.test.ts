import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a trailing "OUTLET reported" after a sentence whose subject already speaks', () => {
  test('the partial is the subject\'s, carried by the outlet', () => {
    const text = 'Okafor said the bridge had been designed by “an engineer who never crossed a river,” the Harbour Gazette reported.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'an engineer who never crossed a river,', start: text.indexOf('an engineer'), speaker: 'Okafor', speaker_start: 0, cue: 'said', cue_start: text.indexOf('said'), outlet: 'The Harbour Gazette' }]);
  });

  test('words with only the outlet\'s cue stay the outlet\'s', () => {
    const text = '“The bridge is unsafe,” the Harbour Gazette reported.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'The bridge is unsafe,', speaker: 'The Harbour Gazette', cue: 'reported' }]);
  });
});

describe('the kind of a subject taking a partial from a trailing "OUTLET reported"', () => {
  test('a known company stays an organisation', () => {
    const text = 'Apple said the design was “a quiet revolution in glass,” Variety reported.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a quiet revolution in glass,', start: 27, end: 55, speaker: 'Apple', speaker_kind: 'organization', speaker_start: 0, cue: 'said', cue_start: 6, outlet: 'Variety' }]);
  });
});
