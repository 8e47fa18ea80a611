import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

// When or how something was said is no content of what was said.
describe('a report whose whole content is an adverbial of time, place or means is none', () => {
  test('negative: "at the weekend" after a noun read as a cue', () => {
    expect(indirect('Neither firm responded to questions at the weekend.')).toEqual([]);
  });

  test('negative: "in a two-line email sent by an aide" before its frame', () => {
    expect(indirect('In a two-line email sent by an aide, the senator apologized and asked for patience.')).toEqual([]);
  });

  test('near miss: an adverbial that opens a clause leaves the clause as the report', () => {
    const text = 'Tom Vale said by Friday the crews would be home. Police said after the crash the driver ran into the woods.';
    expect(quote(text, 'the crews')).toMatchObject({ type: 'indirect', text: 'the crews would be home', speaker: 'Tom Vale', cue: 'said' });
    expect(quote(text, 'the driver')).toMatchObject({ type: 'indirect', text: 'the driver ran into the woods', speaker: 'Police', cue: 'said' });
  });
});
