import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('indirect speech frames', () => {
  test('a possessive description speaks a trailing frame: "CLAUSE, her friend said."', () => {
    const text = 'The flights were full. Maren Tolle was also bound for Lisbon, her friend said.';
    expect(quote(text, 'Maren Tolle')).toMatchObject({
      type: 'indirect', text: 'Maren Tolle was also bound for Lisbon', start: at(text, 'Maren'),
      speaker_mention: 'her friend', speaker_start: at(text, 'her friend'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"his spokesman" is the whole speaker phrase, not "spokesman" alone', () => {
    const text = 'The talks stalled. The ferry line will reopen in June, his spokesman said on Friday.';
    expect(quote(text, 'The ferry line')).toMatchObject({ type: 'indirect', text: 'The ferry line will reopen in June', speaker_mention: 'his spokesman', cue: 'said' });
  });

  test('an object pronoun after a verb is no possessive speaker', () => {
    const text = 'The council voted late. Officials thanked her, and the mayor said nothing.';
    expect(quotesOf(text).filter((q) => q.speaker_mention === 'her')).toEqual([]);
  });

  test('an aside between commas after the cue belongs to the content: "says, win or lose, he is …"', () => {
    const text = 'The count went on. Senator Tova Brink says, rain or shine, she is staying in the contest.';
    expect(quote(text, 'rain or shine')).toMatchObject({
      type: 'indirect', text: 'rain or shine, she is staying in the contest', start: at(text, 'rain'),
      speaker: 'Tova Brink', speaker_mention: 'Tova Brink', cue: 'says', cue_start: at(text, 'says'),
    });
  });

  test('a circumstance between commas after the cue is stepped over: "said, in a letter, that …"', () => {
    const text = 'The pier is old. Mayor Ines Varga said, in a note to the board, that the pier would close in May.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close in May', speaker: 'Ines Varga', cue: 'said', start: at(text, 'the pier would') });
  });

  test('a clause of its own after a relative cue is no aside: "the points she has argued, she needs …, which …"', () => {
    const text = 'Taxes are the issue. To win the points she has argued, she needs more votes, which she hopes to find.';
    expect(quotesOf(text).filter((q) => q.cue === 'argued')).toEqual([]);
  });
});
