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
});
