import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

// When or how something was said is no content of what was said.
describe('a report whose whole content is an adverbial of time, place or means is none', () => {
  test('negative: "by the time of writing" after a noun read as a cue', () => {
    expect(indirect('The actor had not replied to questions by the time of writing.')).toEqual([]);
  });

  test('negative: "in a short statement read by a neighbour" before its frame', () => {
    expect(indirect('In a short statement read by a neighbour, the Hart family thanked the firefighters and asked for privacy.')).toEqual([]);
  });

  test('near miss: an adverbial that opens a clause leaves the clause as the report', () => {
    const text = 'Tom Vale said by Friday the crews would be home. Police said after the crash the driver ran into the woods.';
    expect(quote(text, 'the crews')).toMatchObject({ type: 'indirect', text: 'the crews would be home', speaker: 'Tom Vale', cue: 'said' });
    expect(quote(text, 'the driver')).toMatchObject({ type: 'indirect', text: 'the driver ran into the woods', speaker: 'Police', cue: 'said' });
  });
});
