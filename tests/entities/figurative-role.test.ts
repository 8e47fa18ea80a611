import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { figurativeRoleInBefore, withoutFigurativeRoles } from '../../src/entities/figurative-role.js';

const films = (text: string) => extractArticle(text, { id: 'a' }).entities.films.map((f) => ({ title: f.title, kind: f.kind, people: f.people ?? [] }));

describe('entities: "played a key role in “X”" is the idiom for taking part, no acting', () => {
  test('a film only by its apposition, with no cast link', () => {
    const text = 'Marta Lindqvist played a crucial role in “Silent Harbour,” the 2021 thriller.\n';
    const r = extractArticle(text, { id: 'a' });
    expect(films(text)).toEqual([{ title: 'Silent Harbour', kind: 'film', people: [] }]);
    const start = text.indexOf('Silent');
    expect(r.entities.films[0]!.mentions).toEqual([{ start, end: start + 14, text: 'Silent Harbour' }]);
  });

  test('no film when nothing else says it is one', () => {
    expect(films('Marta Lindqvist played a pivotal role in “Project Lantern,” the city\'s housing scheme.\n')).toEqual([]);
  });

  test('near miss: a small role is still an acting credit', () => {
    expect(films('Marta Lindqvist played a small role in “Silent Harbour,” the 2021 thriller.\n')).toEqual([
      { title: 'Silent Harbour', kind: 'film', people: [{ name: 'Marta Lindqvist', relation: 'cast' }] },
    ]);
  });

  test('the idiom only counts right before the title', () => {
    expect(figurativeRoleInBefore('has played a key role in ')).toBe(true);
    expect(figurativeRoleInBefore('played a key role in the talks and starred in ')).toBe(false);
    expect(figurativeRoleInBefore('played a supporting role in ')).toBe(false);
    expect(withoutFigurativeRoles(' played a vital part in it')).toBe(' '.repeat(20) + ' in it');
  });
});
