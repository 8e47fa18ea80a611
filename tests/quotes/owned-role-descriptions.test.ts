import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an organisation’s role names only one the article gave that role', () => {
  test('a possessive role after a person known by no role stays the description, and so does its repeat', () => {
    const text = 'Marta Quinlan abstained. The port’s harbour master said the dredging had slipped a year. “We cannot wait again,” the master said.';
    expect(quote(text, 'the dredging')).toMatchObject({
      type: 'indirect', text: 'the dredging had slipped a year', speaker: null, speaker_mention: 'The port’s harbour master', cue: 'said', cue_start: at(text, 'said the dredging'),
    });
    expect(quote(text, 'We cannot')).toMatchObject({ type: 'direct', text: 'We cannot wait again,', speaker: null, speaker_mention: 'the master', cue: 'said', cue_start: at(text, 'said.') });
  });

  test('one given the role in apposition keeps it', () => {
    const text = 'Marta Quinlan, the port’s treasurer, toured the quay. “We cannot wait again,” the treasurer said.';
    expect(quote(text, 'We cannot')).toMatchObject({ type: 'direct', speaker: 'Marta Quinlan', speaker_mention: 'the treasurer', cue: 'said' });
  });
});
