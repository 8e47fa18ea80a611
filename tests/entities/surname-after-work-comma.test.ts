import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

describe('a surname after "the series," is the person, no title', () => {
  test('"Asked about the series, Brill was coy" keeps Brill a mention of Hanna Brill', () => {
    const text = 'Producer Hanna Brill spoke on Friday. Asked about the series, Brill was coy.';
    const people = extractArticle(text, { id: 's' }).entities.people;
    const second = text.lastIndexOf('Brill');
    expect(people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end, m.text])])).toEqual([
      ['Hanna Brill', [[text.indexOf('Hanna Brill'), text.indexOf('Hanna Brill') + 11, 'Hanna Brill'], [second, second + 5, 'Brill']]],
    ]);
  });

  test('negative: a name after "the album," that is no one\'s surname is still no person', () => {
    const text = 'The band released the album, Marlowe, in May.';
    expect(extractArticle(text, { id: 's' }).entities.people).toEqual([]);
  });
});
