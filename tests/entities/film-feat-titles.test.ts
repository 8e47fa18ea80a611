import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'p' }).entities.films.map((f) => [f.title, f.kind, f.mentions[0]!.start, f.mentions[0]!.end]);

describe('a quoted title after a film\'s feat or successor ("the record set by", "the sequel to") is a film', () => {
  test('"the record set by “Title”" inside a report about a film', () => {
    const text = 'Exhibitors expect the movie to break the record set by “Lantern Sky: Ember Road.”';
    expect(films(text)).toEqual([['Lantern Sky: Ember Road', 'film', 56, 79]]);
  });

  test('"the sequel to" and "the success of" in a sentence about films', () => {
    expect(films('Critics said the new film is the sequel to “Harbor Glass” and opens in theaters on Friday.').map((f) => f[0])).toEqual(['Harbor Glass']);
    expect(films('Analysts said the studio hopes to repeat at the box office the success of “Harbor Glass.”').map((f) => f[0])).toEqual(['Harbor Glass']);
  });

  test('near miss: a record set by a team in a sentence with no film word is no film', () => {
    expect(films('The coach said the side hoped to beat the record set by “The Invincibles” in 2004.')).toEqual([]);
  });
});
