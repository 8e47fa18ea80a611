import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const quotes = (text: string) => extractArticle(text, { id: 'q' }).quotes.map((q) => [q.text, q.type, q.start, q.end, q.speaker, q.speaker_kind, q.cue, q.outlet]);

describe('a major-league team named by its nickname speaks as an organisation', () => {
  test('a city and a nickname', () => {
    expect(quotes('The Portland Trail Blazers said in a statement that the guard would miss the season.')).toEqual([
      ['the guard would miss the season', 'indirect', 52, 83, 'Portland Trail Blazers', 'organization', 'said', null],
    ]);
  });
  test('a two-word place and a nickname', () => {
    expect(quotes('Golden State Warriors said the coach had signed a new contract.')).toEqual([
      ['the coach had signed a new contract', 'indirect', 27, 62, 'Golden State Warriors', 'organization', 'said', null],
    ]);
  });
  test('the nickname alone after "the"', () => {
    expect(quotes('The Nuggets said they were disappointed.')).toEqual([
      ['they were disappointed', 'indirect', 17, 39, 'Nuggets', 'organization', 'said', null],
    ]);
  });
  test('near miss: a given name before a nickname word is a person', () => {
    expect(quotes('Maria Kings said she would run again.')).toEqual([
      ['she would run again', 'indirect', 17, 36, 'Maria Kings', 'person', 'said', null],
    ]);
  });
  test('a place opening with "New" keeps it in the team\'s name', () => {
    expect(quotes('The New York Mets said on Monday that the pitcher had torn a ligament.')).toEqual([
      ['the pitcher had torn a ligament', 'indirect', 38, 69, 'New York Mets', 'organization', 'said', null],
    ]);
    expect(quotes('New England Patriots said the tight end would return next week.')).toEqual([
      ['the tight end would return next week', 'indirect', 26, 62, 'New England Patriots', 'organization', 'said', null],
    ]);
  });
  test('a nickname opening with digits', () => {
    expect(quotes('The Philadelphia 76ers said the forward had been traded.')).toEqual([
      ['the forward had been traded', 'indirect', 28, 55, 'Philadelphia 76ers', 'organization', 'said', null],
    ]);
  });
  test('near miss: a descriptor before a nickname alone opens no place', () => {
    expect(quotes('Former Nuggets said the arena felt empty.')).toEqual([
      ['the arena felt empty', 'indirect', 20, 40, 'Nuggets', 'person', 'said', null],
    ]);
  });
  test('near miss: a state\'s governor keeps the descriptor out of her name', () => {
    expect(quotes('New York Gov. Dana Whitfield said the stadium would stay open.')).toEqual([
      ['the stadium would stay open', 'indirect', 34, 61, 'Dana Whitfield', 'person', 'said', null],
    ]);
  });
});
