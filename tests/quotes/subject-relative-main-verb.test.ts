import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a report in a "who" clause restricting the sentence\'s subject ends where the main verb starts', () => {
  test('"Tenants who said they smelled gas were moved to a hotel" reports "they smelled gas"', () => {
    const text = 'Tenants who said they smelled gas were moved to a hotel.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'they smelled')).toMatchObject({
      type: 'indirect', text: 'they smelled gas', start: at(text, 'they smelled'), end: at(text, ' were moved'),
      speaker: 'Tenants', speaker_kind: 'anonymous', speaker_mention: 'who', speaker_start: at(text, 'who'),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a main verb right after the content\'s own verb group', () => {
    const text = 'Two nurses who said their shifts had been cut stood outside the clinic, holding signs.';
    expect(quote(text, 'their shifts')).toMatchObject({
      type: 'indirect', text: 'their shifts had been cut', start: at(text, 'their shifts'), speaker: 'Two nurses',
      speaker_mention: 'who', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a verb of hearing takes its own bare clause before the main verb', () => {
    const text = 'Tenants who said they heard the boiler had failed were moved to a hotel.';
    expect(quote(text, 'they heard')).toMatchObject({ type: 'indirect', text: 'they heard the boiler had failed', speaker: 'Tenants', cue: 'said' });
  });

  test('near miss: a "who" clause on the object after the main verb keeps its whole clause', () => {
    const text = 'The landlord moved tenants who said they heard the boiler had failed.';
    expect(quote(text, 'they heard')).toMatchObject({ type: 'indirect', text: 'they heard the boiler had failed', speaker: 'tenants', cue: 'said' });
  });

  test('near miss: a cue in the present sorts people by a view, so the clause is left whole', () => {
    const text = 'Tenants who say the rent is too high were split over the strike.';
    expect(quote(text, 'the rent')).toMatchObject({ type: 'indirect', text: 'the rent is too high were split over the strike', speaker: 'Tenants', cue: 'say' });
  });

  test('near miss: a main verb of the subject\'s own stance leaves the clause whole', () => {
    const text = 'Most tenants who said the rent was too high backed the strike.';
    expect(quote(text, 'the rent')).toMatchObject({ type: 'indirect', text: 'the rent was too high backed the strike', cue: 'said' });
  });

  test('a noun read as a verb at the end of an object is passed over for a later auxiliary and participle', () => {
    // "address" is tagged a verb; "was fired" is the main verb.
    const text = 'The aide who said that the governor used a personal email address for state business was fired on Friday.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the governor')).toMatchObject({
      type: 'indirect', text: 'the governor used a personal email address for state business', start: at(text, 'the governor'), end: at(text, ' was fired'),
      speaker: 'The aide', speaker_mention: 'who', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a lone verb after the object with no auxiliary later is the main verb', () => {
    const text = 'The aide who said that the governor used a personal email resigned on Friday.';
    expect(quote(text, 'the governor')).toMatchObject({
      type: 'indirect', text: 'the governor used a personal email', start: at(text, 'the governor'), end: at(text, ' resigned'),
      speaker: 'The aide', speaker_mention: 'who', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
