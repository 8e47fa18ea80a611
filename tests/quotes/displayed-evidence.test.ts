import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a sight or recording that shows something is evidence, no report', () => {
  test('"the scoreboard showed a row of zeros": no report; the club\'s report stays', () => {
    const text = 'In Leeds, where the scoreboard showed a row of zeros, the club said the match would go ahead.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.speaker_mention, q.cue, q.outlet])).toEqual([
      ['indirect', 'the match would go ahead', at(text, 'the match'), at(text, 'the match') + 24, 'the club', 'the club', 'said', null],
    ]);
  });

  test('", stadium footage showed,": a parenthetical recording reports nothing', () => {
    expect(quotesOf('Mora slid into second and, stadium footage showed, touched the bag first.')).toEqual([]);
  });

  test('"The replay showed a foot on the line." reports nothing', () => {
    expect(quotesOf('The replay showed a foot on the line.')).toEqual([]);
  });

  test('near miss: a poll that shows something stays a source', () => {
    const text = 'A new poll showed Hale ahead by six points.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker_mention, q.cue, q.outlet])).toEqual([
      ['indirect', 'Hale ahead by six points', at(text, 'Hale'), 'A new poll', 'showed', null],
    ]);
  });
});
