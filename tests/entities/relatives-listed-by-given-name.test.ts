import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'kin' });
const people = (text: string) => run(text).entities.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])]);

describe('people: given names listed after a plural relative noun', () => {
  test('"his children, Paul and Eleanor," names two people', () => {
    const text = 'Marchetti is survived by his children, Paul and Eleanor, three grandchildren and his wife.';
    const paul = text.indexOf('Paul');
    const eleanor = text.indexOf('Eleanor');
    expect(people(text)).toEqual([['Paul', [[paul, paul + 4]]], ['Eleanor', [[eleanor, eleanor + 7]]]]);
  });

  test('"her sisters Ana, Marta and Lucía" with no comma after the noun names all three', () => {
    expect(people('She is survived by her sisters Ana, Marta and Lucía.').map((p) => p[0])).toEqual(['Ana', 'Marta', 'Lucía']);
  });

  test('a quote about the children keeps its speaker and cue', () => {
    const text = '“They were his pride,” said his daughter, Eleanor.';
    expect(run(text).quotes.map((q) => [q.text, q.type, q.start, q.end, q.speaker, q.cue, q.outlet])).toEqual([['They were his pride,', 'direct', 1, 21, 'Eleanor', 'said', null]]);
  });

  test('places and things after the plural are no people (negative case)', () => {
    expect(people('Her children, Harbour Street and the farm, were her pride.')).toEqual([]);
  });

  test('descriptions, companies and "Mom and Dad" after the plural are no people (negative case)', () => {
    expect(people('Their parents, Catholic immigrants from Harbourside, disagreed.')).toEqual([]);
    expect(people('He thanked his parents, Mom and Dad, in his speech.')).toEqual([]);
  });
});
