import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'f' }).entities.films.map((f) => f.title);

describe('films: a book, a record or an episode is no film or show', () => {
  test('an episode named in apposition ("“Salt Bell,” the sixth episode of …") and after "episode," is no film; the show is', () => {
    const text = 'Spoilers follow for "Salt Bell," the sixth episode of the drama "The Lamp Keepers," which aired on Sunday. Next week\'s episode, "The Keeper\'s Toll," ends the season.';
    expect(films(text)).toEqual(['The Lamp Keepers']);
  });

  test('a memoir "titled" and an album named before the title are no films', () => {
    const text = 'The memoir, titled "Second Act, Last Light," was announced in May. Her new album, “Tide Hymnal,” is out on Friday.';
    expect(films(text)).toEqual([]);
  });

  test('"an episode of “Harbour Bells”" names the show, which is one', () => {
    expect(films('Mara Okafor appeared in an episode of the sitcom “Harbour Bells” last year.')).toEqual(['Harbour Bells']);
  });
});
