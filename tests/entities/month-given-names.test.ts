import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'm' }).entities.people.map((p) => p.name);

describe('people: a month\'s name as a given name (the quote side\'s monthAsGivenName)', () => {
  test('opening a sentence before a surname and a cue, it is the person\'s given name', () => {
    expect(people('April Nwosu said the bakery would reopen.')).toEqual(['April Nwosu']);
    expect(people('May Okonjo told the council the bridge was safe.')).toEqual(['May Okonjo']);
    expect(people('June Ellery, 41, said the rent had doubled.')).toEqual(['June Ellery']);
  });

  test('after the cue, and in a later sentence, too', () => {
    expect(people('The rent had doubled, said June Ellery, who runs the shop.')).toEqual(['June Ellery']);
    expect(people('Sales rose in March. April Nwosu, the owner, was pleased.')).toEqual(['April Nwosu']);
  });

  test('negative: a month after a word that makes it a date, or before a word that opens no name, is no given name', () => {
    expect(people('In April Dunmore said the bakery would reopen.')).not.toContain('April Dunmore');
    expect(people('May Day rallies drew thousands to the square.')).toEqual([]);
    // A month after an article or a possessive dates the noun that follows: "a June Lindqvist rally" is a rally in June.
    expect(people('At a June Lindqvist rally in Dayton, supporters waved flags.')).not.toContain('June Lindqvist');
    expect(people('Her May Halvorsen concert was cancelled.')).not.toContain('May Halvorsen');
  });
});
