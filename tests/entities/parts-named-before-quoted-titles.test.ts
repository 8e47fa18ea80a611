import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const r = extractArticle(text, { id: 'part' });
  const e = r.entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => [c.name, c.mentions.map((m) => [m.start, m.end])]), films: e.films.map((f) => f.title), quotes: r.quotes.length };
};

describe('characters: "as" a described part "in"/"on" a title in quotation marks', () => {
  test('"came as the grizzled lighthouse keeper Tom Vail in “Iron Bay”" is a part, no person', () => {
    const text = 'Her big break came as the grizzled lighthouse keeper Tom Vail in “Iron Bay” (1981).';
    const at = text.indexOf('Tom Vail');
    expect(entities(text)).toEqual({ people: [], characters: [['Tom Vail', [[at, at + 8]]]], films: ['Iron Bay'], quotes: 0 });
  });

  test('a rank before the full name ("as Sheriff Ada Cole on the NBC drama “Cole Creek”") is no part of it', () => {
    const text = 'She spent five seasons as Sheriff Ada Cole on the NBC drama “Cole Creek.”';
    const at = text.indexOf('Ada Cole');
    const e = entities(text);
    expect(e.characters).toEqual([['Ada Cole', [[at, at + 8]]]]);
    expect(e.people).toEqual([]);
  });

  test('a job "as" someone before a quoted name that is no film stays a person (negative case)', () => {
    const e = entities('She was hired as the club coach Ana Ruiz in “Sports Weekly.”');
    expect(e.characters).toEqual([]);
    expect(e.people).toEqual(['Ana Ruiz']);
  });
});
