import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a plural\'s apostrophe inside a quoted programme title is no closing mark', () => {
  test('"on the podcast “Actors\' Green Room,”" names the whole title, and "said on the podcast" later refers to it', () => {
    const text = 'Dana Pell answered the critics on the podcast “Actors\' Green Room,” saying the script was finished. “We shot every page,” she said on the podcast.';
    expect(quote(text, 'the script was')).toMatchObject({
      text: 'the script was finished', type: 'indirect', speaker: 'Dana Pell', cue: 'saying', cue_start: at(text, 'saying'), outlet: 'Actors\' Green Room',
    });
    expect(quote(text, 'We shot')).toMatchObject({
      text: 'We shot every page,', type: 'direct', speaker: 'Dana Pell', cue: 'said', cue_start: at(text, 'said on'), outlet: 'Actors\' Green Room',
      start: at(text, 'We shot'),
    });
  });

  test('near miss: an apostrophe outside the title, after it closed, leaves the title as it was', () => {
    const text = 'Dana Pell spoke on the podcast “Inside Story.” The critics\' verdict was mixed. “We shot every page,” she said on the podcast.';
    expect(quote(text, 'We shot')).toMatchObject({ type: 'direct', speaker: 'Dana Pell', cue: 'said', outlet: 'Inside Story' });
  });
});
