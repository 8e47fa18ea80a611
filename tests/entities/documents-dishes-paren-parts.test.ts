import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 't' }).entities;
const people = (text: string) => entities(text).people.map((p) => p.name);

describe('characters: a bracket saying who plays the part', () => {
  test('"Vera (played by Nadia Okafor)" makes Vera a part and Nadia Okafor its actor', () => {
    const e = entities('In the second episode, Mirela (played by Hanne Osei) tells her cousin the mill is sold.');
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Mirela', 'Hanne Osei']]);
    expect(e.people.map((p) => p.name)).toEqual(['Hanne Osei']);
  });

  test('"voiced by" in the bracket too', () => {
    const e = entities('The fox Tobin (voiced by Carl Mendes) steals the key in the film.');
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Tobin', 'Carl Mendes']]);
    expect(e.people.map((p) => p.name)).toEqual(['Carl Mendes']);
  });
});

describe('people: a written work\'s title is no person', () => {
  test('a title in apposition to a study ("The study, Thin Ice, said") is no person', () => {
    expect(people('The study, Thin Ice, said lakes froze later each year. Petra Holm led the team.')).toEqual(['Petra Holm']);
  });

  test('a title after "a report titled" is no person', () => {
    expect(people('A report titled Quiet Streets found that traffic fell, said Petra Holm.')).toEqual(['Petra Holm']);
  });

  test('negative: a report opening the sentence as a phrase leaves the name after the comma a person ("In the report, Tembe Okari told reporters")', () => {
    expect(people('In the report, Tembe Okari told reporters traffic fell.')).toEqual(['Tembe Okari']);
    expect(people('At the daily briefing, Tembe Okari told reporters the talks were over.')).toEqual(['Tembe Okari']);
  });

  test('negative: a person in apposition to a report\'s author stays ("the report\'s author, Petra Holm, said")', () => {
    expect(people('The report\'s author, Petra Holm, said traffic fell.')).toEqual(['Petra Holm']);
  });
});

describe('people: a dish or menu item is no person', () => {
  test('a food opening the name or a dish word after its first word ("Eggs Florentine", "a Waldorf Salad", "a Harbor Burger Deluxe")', () => {
    expect(people('The cafe sells Eggs Florentine, a Waldorf Salad and a Harbor Burger Deluxe, said owner Lise Carver.')).toEqual(['Lise Carver']);
  });

  test('negative: a known given name before a dish word is a person ("Warren Burger")', () => {
    expect(people('Chief Justice Warren Burger said the law stood.')).toEqual(['Warren Burger']);
  });
});
