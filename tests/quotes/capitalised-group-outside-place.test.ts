import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a people noun opening the sentence, then "outside" a place', () => {
  test('"Protesters outside the embassy said": the protesters speak, not the embassy', () => {
    const text = 'Protesters outside the embassy said they would stay all night.';
    expect(quote(text, 'they would')).toMatchObject({
      type: 'indirect', text: 'they would stay all night', start: at(text, 'they would'), end: at(text, '.'),
      speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Protesters outside the embassy', speaker_start: 0, speaker_end: 30,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a surname before "outside" is no people noun and keeps today\'s reading', () => {
    const text = 'Okafor outside the depot said he would stay all night.';
    const q = quote(text, 'he would');
    expect(q.speaker_mention).not.toBe('Okafor outside the depot');
  });
});
