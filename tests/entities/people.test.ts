import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'p' }).entities.people.map((p) => p.name);

describe('people: a role or description word before the name is no part of it', () => {
  test('a panel role before a full name is cut ("Moderator Mara Okafor")', () => {
    const text = 'Moderator Mara Okafor of the Port Elwin Herald opened the evening. Panellist Tomasz Reid spoke last.';
    expect(people(text)).toEqual(['Mara Okafor', 'Tomasz Reid']);
  });

  test('"Young" before a lone name in a flashback is a description, and the bare name is no evidence of a person', () => {
    expect(people('The episode opens in 1990. Young Edda hides in the cellar while the storm rages.')).toEqual([]);
  });

  test('a surname Young after a given name stays ("Neil Young said")', () => {
    expect(people('Neil Young said the tour would go on.')).toEqual(['Neil Young']);
  });

  test('a name ending in "Organization" is an organisation, whatever word opens it', () => {
    expect(people('Members of the Young Founders Organization met in Port Elwin, Mara Okafor said.')).toEqual(['Mara Okafor']);
  });
});
