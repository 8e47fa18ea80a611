import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"Name of PLACE province": a place\'s kind in small letters after where a person is from', () => {
  test('"Mayor Lidia Santos of Tarlac province described …" is Lidia Santos', () => {
    const text = 'Mayor Lidia Santos of Tarlac province described the flood as “a disaster we saw coming.”';
    expect(quote(text, 'a disaster')).toMatchObject({
      type: 'partial', text: 'a disaster we saw coming.', start: at(text, 'a disaster'), speaker: 'Lidia Santos', speaker_kind: 'person',
      speaker_mention: 'Lidia Santos', speaker_start: at(text, 'Lidia'), speaker_end: at(text, ' of Tarlac'), cue: 'described', outlet: null,
    });
  });

  test('near miss: an office of a province, no name, stays a description', () => {
    const text = 'The mayor of Tarlac province said the flood was “a disaster we saw coming.”';
    expect(quote(text, 'a disaster')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The mayor of Tarlac province', cue: 'said' });
  });
});
