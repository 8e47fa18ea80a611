import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { isNumberedSequelOf } from '../../src/entities/sequel-titles.js';

const lower = (s: string) => s.toLowerCase();

describe('films: a numbered sequel in quotation marks inside reported words', () => {
  test('“TITLE 2” in a report, in an article naming “TITLE”, is a film; the report keeps its span', () => {
    const text = 'The stop-motion film “Copper Marsh” topped the box office.\n\nAnika Broome told Deadline that she had signed on for “Copper Marsh 2.”\n';
    const r = extractArticle(text, { id: 'a' });
    const films = r.entities.films.map((f) => f.title);
    expect(films).toContain('Copper Marsh');
    expect(films).toContain('Copper Marsh 2');
    const sequel = r.entities.films.find((f) => f.title === 'Copper Marsh 2')!;
    expect(sequel.mentions).toEqual([{ start: text.indexOf('Copper Marsh 2'), end: text.indexOf('Copper Marsh 2') + 14, text: 'Copper Marsh 2' }]);
    const q = r.quotes.find((x) => x.type === 'indirect')!;
    expect([q.text, q.speaker, q.cue, q.outlet]).toEqual(['she had signed on for “Copper Marsh 2.”', 'Anika Broome', 'told', 'Deadline']);
    expect(q.start).toBe(text.indexOf('she had'));
    expect(q.end).toBe(text.indexOf('2.”') + 3);
  });

  test('near miss: a version number after a marked title is no sequel', () => {
    const text = 'The stop-motion film “Copper Marsh” topped the box office.\n\nAnika Broome said the deal was “Copper Marsh 2.0” in all but name.\n';
    const films = extractArticle(text, { id: 'a' }).entities.films.map((f) => f.title);
    expect(films).toEqual(['Copper Marsh']);
  });

  test('the base title must be marked elsewhere in the article', () => {
    expect(isNumberedSequelOf('Copper Marsh 2', new Set(['copper marsh']), lower)).toBe(true);
    expect(isNumberedSequelOf('Copper Marsh Part Two', new Set(['copper marsh']), lower)).toBe(true);
    expect(isNumberedSequelOf('Route 66', new Set(['copper marsh']), lower)).toBe(false);
  });
});
