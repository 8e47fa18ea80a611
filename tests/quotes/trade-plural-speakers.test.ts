import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a plural noun for a trade, capitalised only as its sentence opens, is an unnamed group', () => {
  test('"Hoteliers say …": anonymous, no speaker name', () => {
    const text = 'Hoteliers say the slump is already costing them bookings.';
    expect(quote(text, 'the slump')).toMatchObject({ text: 'the slump is already costing them bookings', start: at(text, 'the slump'), end: text.length - 1, type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Hoteliers', cue: 'say', outlet: null });
  });

  test('"Stallholders said …": a compound trade noun by its shape', () => {
    const text = 'Stallholders said the market would close early.';
    expect(quote(text, 'the market')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Stallholders', cue: 'said' });
  });

  test('near miss: a surname in -s alone ("Banks said") stays a person', () => {
    const text = 'Banks said the slump was costing him bookings.';
    expect(quote(text, 'the slump')).toMatchObject({ speaker: 'Banks', speaker_kind: 'person', cue: 'said' });
  });
});
