import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a role prefix may hold a hyphenated word: "J-rock singer Taemin", "e-sports captain Vorn"', () => {
  test('the hyphenated role before a one-word name is evidence of a person', () => {
    const text = 'J-rock singer Taemin spoke to fans on Sunday. “We will be back next year,” he said.';
    expect(quote(text, 'We will')).toMatchObject({
      type: 'direct', text: 'We will be back next year,', start: at(text, 'We will'), speaker: 'Taemin', speaker_kind: 'person',
      speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a spaced dash is no part of a word; the role scan stops there', () => {
    const text = 'It rained - singer Taemin spoke to fans on Sunday. “We will be back next year,” he said.';
    expect(quote(text, 'We will')).toMatchObject({ speaker: null, speaker_mention: 'he', cue: 'said' });
  });
});
