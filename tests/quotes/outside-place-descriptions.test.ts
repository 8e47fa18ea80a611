import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a place after "outside" inside a description is where the one described is, not the speaker', () => {
  test('"Another clerk at a shop outside Toledo, who …, said" is the unnamed clerk, and so is the "she" after', () => {
    const text = 'Another clerk at a shop outside Toledo, who asked not to be named, said sales had halved.\n\n"Nobody comes in," she said.';
    expect(quote(text, 'sales had')).toMatchObject({
      type: 'indirect', text: 'sales had halved', start: at(text, 'sales had'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'Another clerk at a shop outside Toledo', speaker_start: 0, cue: 'said', outlet: null,
    });
    expect(quote(text, 'Nobody comes')).toMatchObject({ type: 'direct', text: 'Nobody comes in,', speaker: null, speaker_mention: 'she', cue: 'said' });
  });

  test('"A farmer outside Toledo said" too', () => {
    const text = 'A farmer outside Toledo said the rain came too late.';
    expect(quote(text, 'the rain')).toMatchObject({
      type: 'indirect', text: 'the rain came too late', start: at(text, 'the rain'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A farmer outside Toledo', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('near miss: a named person after the description still speaks', () => {
    const text = 'A farmer outside Toledo, Ben Harlow, said the rain came too late.';
    expect(quote(text, 'the rain')).toMatchObject({ speaker: 'Ben Harlow', speaker_kind: 'person', cue: 'said' });
  });
});
