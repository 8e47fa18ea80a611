import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { describedPartInBefore } from '../../src/entities/described-part-in.js';

const films = (text: string) => extractArticle(text, { id: 'a' }).entities.films.map((f) => [f.title, f.kind]);

describe('films: "voiced the fox in “X”", "plays a nurse in “X”" name the work a part is in', () => {
  test('a part named by an animal noun', () => {
    const text = 'Colm Breen, who voiced the badger in “Thornfield Wood”, has died aged 80.\n';
    const r = extractArticle(text, { id: 'a' });
    expect(r.entities.films.map((f) => [f.title, f.kind])).toEqual([['Thornfield Wood', 'film']]);
    expect(r.entities.films[0]!.mentions).toEqual([{ start: text.indexOf('Thornfield'), end: text.indexOf('Thornfield') + 15, text: 'Thornfield Wood' }]);
  });

  test('a part named by a person noun with a word describing it', () => {
    expect(films('Ines Mora plays an overworked midwife in “Saltmarsh General” from next week.\n')).toEqual([['Saltmarsh General', 'film']]);
  });

  test('near miss: a thing played in a place is no part', () => {
    expect(films('The mayor played a recording in “Harbour Square” on Sunday.\n')).toEqual([]);
    expect(describedPartInBefore('played a key role in ')).toBe(false);
    expect(describedPartInBefore('voiced the fox in ')).toBe(true);
  });
});

describe('quotes and films: “X” right before "films" or "movies" is a series title, no partial quote', () => {
  test('"the 1990s “X” films" after a named person: no partial, one film', () => {
    const text = 'Ruth Agnew played the hedgehog Bramwell in the 1980s “Willowmere” films.\n';
    const r = extractArticle(text, { id: 'a' });
    expect(r.quotes).toEqual([]);
    expect(r.entities.films.map((f) => f.title)).toEqual(['Willowmere']);
  });

  test('near miss: a quoted word before another noun is still her partial quote', () => {
    const text = 'Ruth Agnew said the plans were “reckless” and would cost millions.\n';
    const q = extractArticle(text, { id: 'a' }).quotes;
    expect(q.map((x) => [x.type, x.text, x.speaker, x.cue, x.outlet ?? null, x.start, x.end])).toEqual([['partial', 'reckless', 'Ruth Agnew', 'said', null, text.indexOf('reckless'), text.indexOf('reckless') + 8]]);
  });
});
