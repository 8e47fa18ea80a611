import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a second that-clause after one that holds quoted words', () => {
  test('"told reporters that A “…,” and that B": B is its own report, same speaker, cue and outlet', () => {
    const text = 'Outside the court, Tom Reyes told the Harbour Gazette that the case rested on “one angry clerk,” and that his client had always meant to pay the money back.';
    expect(quote(text, 'one angry clerk')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', cue: 'told', outlet: 'Harbour Gazette' });
    expect(quote(text, 'his client')).toMatchObject({
      text: 'his client had always meant to pay the money back', type: 'indirect', start: at(text, 'his client'),
      speaker: 'Tom Reyes', speaker_mention: 'Tom Reyes', cue: 'told', cue_start: at(text, 'told'), outlet: 'Harbour Gazette',
    });
  });

  test('a second clause that holds quoted words of its own is only its partial', () => {
    const text = 'Lena Marsh wrote that the price was “high but fair,” and that regulators would be “very tough.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['high but fair,', 'very tough.']);
  });

  test('without a comma before "and that" the report stays the quoted words only', () => {
    const text = 'Lena Marsh said talks were “going well” and that she hoped for a deal before the spring.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['going well']);
  });
});

describe('a second "that" after quoted words opens a report only with a subject after it', () => {
  test('"…,” and that was the end of it": "that" is the subject of the writer\'s own clause, no report', () => {
    const text = 'Councillor Rosa Pike said that the tender was “a farce,” and that was the last anyone heard of it.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['a farce,', 'partial']]);
  });

  test('"…,” but that too is not …" reports nothing more either', () => {
    const text = 'Councillor Rosa Pike said that the tender was “a farce,” but that too is not how the board saw it.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['a farce,', 'partial']]);
  });

  test('the near miss: "…,” and that the board had …" is still its own report', () => {
    const text = 'Councillor Rosa Pike said that the tender was “a farce,” and that the board had ignored her letters.';
    expect(quote(text, 'the board had')).toMatchObject({ type: 'indirect', text: 'the board had ignored her letters', start: at(text, 'the board had'), speaker: 'Rosa Pike', cue: 'said' });
  });
});
