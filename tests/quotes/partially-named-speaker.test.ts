import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an anonymous speaker named in part ("who gave only his first name, X")', () => {
  test('"said a driver from Mersin who gave only his first name, Baran"', () => {
    const text = '“The road is gone,” said a driver from Mersin who gave only his first name, Baran.';
    expect(quote(text, 'The road')).toMatchObject({
      type: 'direct', text: 'The road is gone,', start: at(text, 'The road'), speaker: 'Baran', speaker_kind: 'person', speaker_mention: 'a driver', speaker_start: at(text, 'a driver'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"identified only as …" and "who gave her name as …"', () => {
    const a = '“We had no warning,” said a nurse identified only as Leyla.';
    expect(quote(a, 'We had')).toMatchObject({ type: 'direct', speaker: 'Leyla', speaker_kind: 'person', speaker_mention: 'a nurse', cue: 'said' });
    const b = '“Nobody came for days,” said a woman who gave her name as Ayla Toprak.';
    expect(quote(b, 'Nobody came')).toMatchObject({ type: 'direct', speaker: 'Ayla Toprak', speaker_kind: 'person', speaker_mention: 'a woman', cue: 'said' });
  });

  test('a description before the cue with the name-giving clause set off by commas: "One fan, who gave his name only as Kevin, said"', () => {
    const text = 'The buses were late again. One fan, who gave his name only as Kevin, said the last bus never came.';
    expect(quote(text, 'the last bus')).toMatchObject({
      type: 'indirect', text: 'the last bus never came', speaker: 'Kevin', speaker_kind: 'person', speaker_mention: 'One fan', speaker_start: at(text, 'One fan'), cue: 'said', outlet: null,
    });
  });

  test('negative: a description that withholds the name stays anonymous', () => {
    const text = '“The road is gone,” said a driver from Mersin who asked not to be named.';
    expect(quote(text, 'The road')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'a driver' });
  });
});
