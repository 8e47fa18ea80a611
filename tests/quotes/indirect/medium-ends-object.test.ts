import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('a medium phrase ("in a statement", "in an interview") ends an object cue\'s object', () => {
  test('"defended the ruling in a statement" reports "the ruling"', () => {
    const text = 'Marlowe defended the ruling in a statement on Tuesday.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the ruling', start: at(text, 'the ruling'), end: at(text, 'the ruling') + 'the ruling'.length,
      speaker: 'Marlowe', speaker_start: 0, cue: 'defended', cue_start: at(text, 'defended'), outlet: null,
    }]);
  });

  test('"praised the coach in an interview" reports "the coach"', () => {
    const text = 'The striker praised the new coach in an interview last week.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the new coach', start: at(text, 'the new coach'), cue: 'praised' }]);
  });

  test('near miss: "in the statement" may be the object\'s own and stays', () => {
    const text = 'Marlowe criticised the errors in the statement.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the errors in the statement', start: at(text, 'the errors'), speaker: 'Marlowe', cue: 'criticised' }]);
  });

  test('near miss: the complement going on past the medium keeps the object whole', () => {
    const text = 'The union accused the board in a letter on Friday of ignoring the drivers.';
    expect(quotesOf(text).some((q) => q.type === 'indirect' && q.text === 'the board')).toBe(false);
  });
});
