import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/pipeline/process.js';

const rows = (text: string) =>
  extractArticle(text, { id: 't' }).quotes.map((q) => [q.type, q.text, q.speaker, q.speaker_mention ?? null, q.cue, q.outlet, q.start, q.end]);

// A picture that shows a scene depicts it: nobody's words are reported (picture-showing.ts).
describe('a picture that shows something reports no words', () => {
  test('"The 30-second clip shows a man …" is no report', () => {
    expect(rows('The 30-second clip shows a woman in a red coat arguing with a ticket inspector.')).toEqual([]);
  });

  test('"The trailer shows …" and "The footage showed …" are no reports', () => {
    expect(rows('The first trailer shows the detective returning to her home town.')).toEqual([]);
    expect(rows('The footage showed two men climbing over the depot fence.')).toEqual([]);
  });

  test('"A painting … shows" through a participle phrase is no report', () => {
    expect(rows('A painting hung in the lobby shows the founders standing on the quay.')).toEqual([]);
  });

  test('near miss: a survey that shows something still reports it', () => {
    const text = 'The survey shows most tenants want the rent cap extended.';
    expect(rows(text)).toEqual([
      ['indirect', 'most tenants want the rent cap extended', null, 'The survey', 'shows', null, text.indexOf('most'), text.length - 1],
    ]);
  });

  test('near miss: a picture noun in the sentence before does not reach the next sentence', () => {
    const text = 'Officers reviewed the footage. The audit shows the depot lost money for years.';
    expect(rows(text)).toEqual([
      ['indirect', 'the depot lost money for years', null, 'The audit', 'shows', null, text.indexOf('the depot'), text.length - 1],
    ]);
  });

  test('near miss: a clip that "shows that …" still reports the clause', () => {
    const text = 'The clip shows that the referee never looked at the monitor.';
    expect(rows(text)).toEqual([
      ['indirect', 'the referee never looked at the monitor', null, 'The clip', 'shows', null, text.indexOf('the referee'), text.length - 1],
    ]);
  });
});
