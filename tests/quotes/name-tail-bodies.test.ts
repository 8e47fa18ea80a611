import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name ending in a body\'s own word ("Metro", "Transit", "Ballet") is an organisation', () => {
  test('"Kelby Metro said"', () => {
    const text = 'Kelby Metro said the first trams could run by 2031.';
    expect(quote(text, 'the first')).toMatchObject({
      type: 'indirect', text: 'the first trams could run by 2031', start: at(text, 'the first'), speaker: 'Kelby Metro', speaker_kind: 'organization',
      speaker_mention: 'Kelby Metro', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('in apposition to a description: "The county\'s bus operator, Kelby Transit, said"', () => {
    const text = 'The county\'s bus operator, Kelby Transit, said the first trams could run by 2031.';
    expect(quote(text, 'the first')).toMatchObject({ type: 'indirect', speaker: 'Kelby Transit', speaker_kind: 'organization', speaker_mention: 'Kelby Transit', speaker_start: at(text, 'Kelby'), cue: 'said' });
  });

  test('near miss: a given name before the word keeps a person', () => {
    const text = 'Tom Ballet said the first trams could run by 2031.';
    expect(quote(text, 'the first')).toMatchObject({ speaker: 'Tom Ballet', speaker_kind: 'person', speaker_start: 0, cue: 'said' });
  });
});
