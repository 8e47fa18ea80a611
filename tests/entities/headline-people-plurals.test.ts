import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

// A title-case headline capitalises a plural of people ("Voters", "Fans") as it does any noun: with no given
// name or title before it, the run describes a group and names no one, even when the body opens a sentence with it.

const people = (text: string) => extractArticle(text, { id: 'h' }).entities.people.map((p) => ({ name: p.name, aliases: p.aliases, mentions: p.mentions.map((m) => m.start) }));

describe('a plural of people in a headline', () => {
  test('"Oregon Tenants Win Rent Vote" names no one, though the body opens with "Tenants"', () => {
    expect(people('Oregon Tenants Win Rent Vote\n\nTenants on Monday won the vote on a rent cap.')).toEqual([]);
  });

  test('near miss: a headline name with a given name stays a person, mentioned again below', () => {
    const text = 'Lena Okoro Wins Rent Vote\n\nLena Okoro said on Monday that “the cap will hold.”';
    expect(people(text)).toEqual([{ name: 'Lena Okoro', aliases: [], mentions: [0, text.lastIndexOf('Lena Okoro')] }]);
  });

  test('near miss: a surname shaped like a plural after a given name is kept ("Tom Rivers")', () => {
    const text = 'Tom Rivers Leaves Council\n\nRivers said the vote was final.';
    expect(people(text).map((p) => [p.name, p.aliases])).toEqual([['Tom Rivers', ['Rivers']]]);
  });
});
