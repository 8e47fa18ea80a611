import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an outlet named in apposition after a possessive description speaks', () => {
  test('"Okoro’s broadcaster, Channel 4, said": Channel 4', () => {
    const text = 'Okoro’s broadcaster, Channel 4, said the series would return in spring.';
    expect(quote(text, 'the series would return')).toMatchObject({
      type: 'indirect', text: 'the series would return in spring', start: at(text, 'the series'), end: at(text, 'the series') + 'the series would return in spring'.length,
      speaker: 'Channel 4 News', speaker_kind: 'outlet', speaker_mention: 'Channel 4', speaker_start: at(text, 'Channel 4'), speaker_end: at(text, 'Channel 4') + 'Channel 4'.length, cue: 'said', outlet: 'Channel 4 News',
    });
  });

  test('near miss: a person in the apposition is still the person ("Okoro’s agent, Lena Marsh, said")', () => {
    const text = 'Okoro’s agent, Lena Marsh, said the series would return in spring.';
    expect(quote(text, 'the series would return')).toMatchObject({ type: 'indirect', speaker: 'Lena Marsh', speaker_kind: 'person', speaker_start: at(text, 'Lena Marsh'), cue: 'said' });
  });

  test('a name only shaped like an outlet\'s ("The studio, Brightwater TV, said") is the company: it speaks, but reports nothing', () => {
    const text = 'The studio, Brightwater TV, said the series would return in spring.';
    expect(quote(text, 'the series would return')).toMatchObject({
      type: 'indirect', speaker: 'Brightwater TV', speaker_kind: 'organization', speaker_start: at(text, 'Brightwater TV'), cue: 'said', outlet: null,
    });
  });
});
