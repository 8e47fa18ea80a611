import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at } from '../helpers/quotes.js';

const article = (text: string) => extractArticle(text, { id: 'e' });
const outletNames = (text: string) => article(text).entities.outlets.map((o) => o.name);
const peopleNames = (text: string) => article(text).entities.people.map((p) => p.name);

describe('German public broadcasters and French regional papers are outlets, not people', () => {
  test('"told Westdeutscher Rundfunk that …" gives the broadcaster as the outlet', () => {
    const text = 'The mayor of Hagenau, Ute Brandl, told Westdeutscher Rundfunk that the bridge would stay shut until March.';
    expect(outletNames(text)).toEqual(['Westdeutscher Rundfunk']);
    expect(peopleNames(text)).toEqual(['Ute Brandl']);
    const q = article(text).quotes;
    expect(q.map((x) => [x.text, x.type, x.start, x.speaker, x.cue, x.outlet])).toEqual([
      ['the bridge would stay shut until March', 'indirect', at(text, 'the bridge'), 'Ute Brandl', 'told', 'Westdeutscher Rundfunk'],
    ]);
  });

  test('"La Voix du Nord reported that …" is the paper speaking, and "the newspaper" after it is the paper', () => {
    const text = 'La Voix du Nord reported that the mill had been sold. According to the newspaper, the buyer was a Belgian firm.';
    expect(outletNames(text)).toEqual(['La Voix du Nord']);
    expect(peopleNames(text)).toEqual([]);
    const q = article(text).quotes;
    expect(q.map((x) => [x.text, x.speaker, x.speaker_mention, x.speaker_kind, x.cue])).toEqual([
      ['the mill had been sold', 'La Voix du Nord', 'La Voix du Nord', 'outlet', 'reported'],
      ['the buyer was a Belgian firm', 'La Voix du Nord', 'the newspaper', 'outlet', 'According to'],
    ]);
  });

  test('a person with a name like a paper\'s word is still a person (near miss)', () => {
    const text = 'Marc Progrès, a baker, said the mill had been sold.';
    expect(peopleNames(text)).toEqual(['Marc Progrès']);
    expect(outletNames(text)).toEqual([]);
  });
});
