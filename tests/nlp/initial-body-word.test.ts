import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const quotes = (text: string) => extractArticle(text, { id: 't' }).quotes.map((q) => [q.text, q.type, q.speaker, q.speaker_kind, q.speaker_mention, q.cue, q.outlet, q.start, q.end]);
const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a body\'s name opening the sentence, its first word tagged a verb', () => {
  test('a listed body with a branch\'s name after it is the whole name, an organisation', () => {
    const text = 'Planned Parenthood North Central said it would reopen two clinics in March.';
    expect(quotes(text)).toEqual([['it would reopen two clinics in March', 'indirect', 'Planned Parenthood North Central', 'organization', 'Planned Parenthood North Central', 'said', null, 38, 74]]);
    expect(people(text)).toEqual([]);
  });

  test('a name ending in a body\'s name tail ("Interactive") keeps its first word', () => {
    const text = 'Stormcrest Interactive said in a statement that it would refund every buyer.';
    expect(quotes(text)).toEqual([['it would refund every buyer', 'indirect', 'Stormcrest Interactive', 'organization', 'Stormcrest Interactive', 'said', null, 48, 75]]);
    expect(people(text)).toEqual([]);
  });

  test('negative: a common noun opening the sentence stays an unnamed source', () => {
    expect(quotes('Officials said the bridge would stay shut.')).toEqual([['the bridge would stay shut', 'indirect', null, 'anonymous', 'Officials', 'said', null, 15, 41]]);
  });
});
