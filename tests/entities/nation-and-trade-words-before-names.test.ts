// Words that describe a person before the name are no part of it: a trade ("Promoter Nia Bell"), a sporting
// standing ("Qualifier Halloran" in a headline) and a nation's noun before a given name ("Ugandan Peter Okello").
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 't' });
const people = (text: string) => run(text).entities.people.map((p) => [p.name, p.aliases, p.roles]);

describe('trade and standing words before a name', () => {
  test('a promoter speaking: the trade is the role, the speaker the name', () => {
    const text = 'Promoter Nia Bell said the bout was postponed.';
    const r = run(text);
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet, q.start, q.end])).toEqual([['the bout was postponed', 'indirect', 'Nia Bell', 'said', null, 23, 45]]);
    expect(people(text)).toEqual([['Nia Bell', [], ['promoter']]]);
  });

  test('a qualifier in a headline joins the full name', () => {
    const text = 'Qualifier Brennock upsets Salo\n\nDara Brennock beat Mikko Salo on Monday.';
    expect(people(text).map((p) => p[0])).toEqual(['Dara Brennock', 'Mikko Salo']);
  });
});

describe('a nation\'s noun before a given name', () => {
  test('"Ugandan Peter Okello" is Peter Okello', () => {
    expect(people('Ugandan Peter Okello won the marathon in Berlin.')).toEqual([['Peter Okello', [], []]]);
  });

  test('near miss: a surname that is a nation\'s noun stays ("Mark Cuban")', () => {
    expect(people('Mark Cuban bought the team in 2000.').map((p) => p[0])).toEqual(['Mark Cuban']);
  });
});
