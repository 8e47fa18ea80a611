import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"A Downing Street spokesperson said …": the mention keeps the whole seat of government', () => {
  test('the mention is the whole phrase, an anonymous spokesperson', () => {
    const text = 'A Downing Street spokesperson said the talks were over.';
    expect(quote(text, 'the talks')).toMatchObject({ text: 'the talks were over', start: at(text, 'the talks'), end: at(text, 'the talks') + 19, type: 'indirect', speaker: null, speaker_mention: 'A Downing Street spokesperson', cue: 'said', outlet: null });
  });
  test('near miss: "A Reading man" is read as before', () => {
    const text = 'A Reading man said the talks were over.';
    expect(quote(text, 'the talks')).toMatchObject({ speaker: null, speaker_mention: 'A Reading man', cue: 'said' });
  });
});
