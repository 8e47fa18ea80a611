import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a relative clause holding a subordinate clause inside the subject', () => {
  test('"A rigger who asked not to be named because she is still working on a harbour series said …": the head before "who" speaks', () => {
    const text = 'A rigger who asked not to be named because she is still working on a harbour series said morale was “lower than ever.”';
    expect(quote(text, 'lower than ever')).toMatchObject({
      type: 'partial', text: 'lower than ever.', speaker_mention: 'A rigger', speaker_start: at(text, 'A rigger'), cue: 'said',
    });
  });

  test('"Fans who cheered when the band played the anthem said …"', () => {
    const text = 'Fans who cheered when the band played the anthem said the night in Port Elwin was perfect.';
    expect(quote(text, 'the night')).toMatchObject({ type: 'indirect', speaker_mention: 'Fans', speaker_start: 0, cue: 'said' });
  });

  test('a subordinate clause whose own subject says it is no part of the relative clause: "when the captain said"', () => {
    const text = 'Pilots who left early when the captain said the tide was turning missed the vote.';
    expect(quote(text, 'the tide')).toMatchObject({ type: 'indirect', speaker_mention: 'the captain', cue: 'said' });
  });
});
