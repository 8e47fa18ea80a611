// A name of several words before a campaign's or a party's noun ("the Free Corvania campaign") is the body's,
// no person's. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('names before campaign, movement or party nouns are bodies', () => {
  test('a campaign and a movement named before their noun', () => {
    expect(people('Voters in Dravonia backed the plan. Osk leads the Free Dravonia campaign.')).toEqual([]);
    expect(people('Thousands joined the Clean Rivers movement last spring.')).toEqual([]);
  });

  test('the campaign\'s leader named in full is still a person', () => {
    expect(people('Irena Hollt, the leader of the Free Dravonia campaign, said the vote was fair.')).toEqual(['Irena Hollt']);
  });

  test('near miss: a candidate\'s full name before "campaign" stays the candidate\'s', () => {
    expect(people('Staff on the Maria Lindqvist campaign worked through the night.')).toEqual(['Maria Lindqvist']);
  });
});
