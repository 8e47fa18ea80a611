import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

// "point to" an example, a figure or a place names what is pointed at, in the writer's words: no one's words are
// reported (the gold sets annotate none of some 80 such objects). Words quoted inside it are still a partial.
describe('"pointed to" a thing reports nothing', () => {
  test('"the referee pointed to the spot …" is no report', () => {
    expect(quotesOf('The referee pointed to the spot after a defender handled the ball, and the striker scored.')).toEqual([]);
  });

  test('an example pointed to, then a report of its own: only the report', () => {
    const text = 'The critic pointed to the 1962 western “Dust Road” and said remakes had always been a gamble.';
    expect(indirect(text)).toEqual(['remakes had always been a gamble']);
    expect(quote(text, 'remakes')).toMatchObject({ type: 'indirect', start: at(text, 'remakes'), speaker_mention: 'The critic', cue: 'said' });
  });

  test('a figure cited as proof is no report either', () => {
    expect(indirect('The minister pointed to the rising cost of housing.')).toEqual([]);
    expect(indirect('The minister pointed to the spot price of gas as proof that the plan had failed.')).toEqual([]);
  });

  test('near miss: words quoted inside what is pointed to stay a partial with the cue', () => {
    const text = 'Lena Ortiz pointed to what she called a “hollow promise” in the budget.';
    expect(quote(text, 'hollow promise')).toMatchObject({ type: 'partial', text: 'hollow promise', start: at(text, 'hollow'), speaker: 'Lena Ortiz' });
  });

  test('near miss: "referring to" keeps its object', () => {
    const text = '“It should be settled by June,” Bell said, referring to the harbour board’s summer meeting.';
    expect(quote(text, 'the harbour board')).toMatchObject({ type: 'indirect', speaker: 'Bell', cue: 'referring to' });
  });
});
