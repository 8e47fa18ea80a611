import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const result = (text: string) => extractArticle(text, { id: 't' });
const row = (text: string) => result(text).quotes.map((q) => [q.type, q.text, q.speaker, q.cue, q.outlet, q.start, q.end]);
const films = (text: string) => result(text).entities.films.map((f) => [f.title, f.kind]);

describe('a sequel’s title extending one the article introduced is a title too', () => {
  test('a number after a title named earlier by its kind', () => {
    const text = 'Odile Brask, who starred in the 2017 comedy "Copper Tide," is suing the producers over "Copper Tide 2."';
    expect(row(text)).toEqual([]);
    expect(films(text)).toEqual([['Copper Tide', 'film'], ['Copper Tide 2', 'film']]);
  });

  test('a colon and a subtitle after a title named earlier', () => {
    const text = 'The 2015 thriller "Glass Meridian" made Odile Brask a star. She walked away from "Glass Meridian: Undertow" last year.';
    expect(row(text)).toEqual([]);
  });

  test('capitalised words with a number that extend no earlier title stay the subject’s words', () => {
    const text = 'Odile Brask, who starred in the 2017 comedy "Copper Tide," is suing the producers over "Unpaid Residuals 2."';
    const start = at(text, 'Unpaid');
    expect(row(text)).toEqual([['partial', 'Unpaid Residuals 2.', 'Odile Brask', null, null, start, start + 'Unpaid Residuals 2.'.length]]);
    quote(text, 'Unpaid');
  });
});
