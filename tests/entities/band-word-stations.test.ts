import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'p' });
const outlets = (text: string) => run(text).entities.outlets.map((o) => [o.name, o.mentions[0]!.start, o.mentions[0]!.end]);

describe('a name that a radio band word ends is a station without a source context', () => {
  test('a phone-in on a station; the caller quoted after it gets no outlet', () => {
    const text = 'Listeners jammed the lines of Harbour FM all morning. One listener said the ferry was “a shambles.”';
    expect(outlets(text)).toEqual([['Harbour FM', 30, 40]]);
    expect(run(text).quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet])).toEqual([['a shambles.', 'partial', null, 'said', null]]);
  });

  test('a name ending in Radio after "on"', () => {
    expect(outlets('The mayor was heard on Valley Radio before noon.')).toEqual([['Valley Radio', 23, 35]]);
  });

  test('near miss: a time with AM, and a Radio name with no broadcast around it', () => {
    expect(outlets('The doors open at 9 AM on Friday.')).toEqual([]);
    expect(outlets('Free Radio played in the park.')).toEqual([]);
  });
});
