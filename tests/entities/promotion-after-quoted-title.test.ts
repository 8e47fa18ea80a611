import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'p' }).entities.films.map((f) => [f.title, f.kind, f.mentions[0]!.start, f.mentions[0]!.end]);

describe('a quoted name before a campaign, slogan or hashtag noun is that promotion, no film', () => {
  test('a poster campaign in an article about a film', () => {
    const text = 'The thriller "Deep Orchard" opened on Friday. The studio\'s "Look Down" poster campaign drew complaints.';
    expect(films(text)).toEqual([['Deep Orchard', 'film', 14, 26]]);
  });

  test('a hashtag and a slogan', () => {
    const text = 'The drama "Salt Season" is out. Fans spread the "Taste The Tide" hashtag and the "Stay Salty" slogan.';
    expect(films(text)).toEqual([['Salt Season', 'film', 11, 22]]);
  });

  test('near miss: a quoted title before another noun in a film article stays a film', () => {
    const text = 'The thriller "Deep Orchard" opened on Friday. Its sequel, "Look Down", drew crowds too.';
    expect(films(text).map((f) => f[0])).toEqual(['Deep Orchard', 'Look Down']);
  });
});
