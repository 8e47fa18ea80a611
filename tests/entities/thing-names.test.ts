import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);
const roles = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.roles);

describe('people: the field of an office is no part of the name after it', () => {
  test('a listed field after "and" is cut ("Minister of Fisheries and Trade Olek Saarinen")', () => {
    const text = 'Minister of Fisheries and Trade Olek Saarinen said the quota would rise.';
    expect(people(text)).toEqual(['Olek Saarinen']);
    expect(roles(text)).toEqual([['minister']]);
  });

  test('two field words, one an abstract noun, are cut ("Head of Sport and Youth Development Irma Kovach")', () => {
    expect(people('Head of Sport and Youth Development Irma Kovach told staff the budget was gone.')).toEqual(['Irma Kovach']);
  });

  test('negative: a name after "and" with no office before it stays whole ("Marta Lind and Oskar Wendt")', () => {
    expect(people('Marta Lind and Oskar Wendt said the deal was off.')).toEqual(['Marta Lind', 'Oskar Wendt']);
  });
});

describe('people: a single word the article shows to name a thing is no person', () => {
  test('a business right after its kind noun ("the Swedish ride-hailing app Tolvo") is no person, here or alone', () => {
    expect(people('Greta Sund, who runs the Swedish ride-hailing app Tolvo, said fares would fall. Tolvo said it had no comment.')).toEqual(['Greta Sund']);
  });

  test('an illness named after someone ("Kessler spinal atrophy", "has Kessler") is no person', () => {
    const text = 'The trial tests a gene therapy for Kessler spinal atrophy. Rosa Imberg, whose daughter has Kessler, said the wait was hard.';
    expect(people(text)).toEqual(['Rosa Imberg']);
  });

  test('a brand with a model line ("the Korvel Glide 3") is no person, even when it "said"', () => {
    const text = 'She won wearing the Korvel Glide 3, a racing flat. Korvel said it was delighted with the result.';
    expect(people(text)).toEqual([]);
  });

  test('negative: a one-word name that speaks with no model line stays a person ("Zendaya said")', () => {
    expect(people('Zendaya said the role changed her. Her co-star Omar Feld agreed.')).toEqual(['Zendaya', 'Omar Feld']);
  });

  test('negative: a possessive, a qualifier and an illness are a person\'s illness ("Brandt\'s chronic disease")', () => {
    expect(people('Ilse Brandt was absent. Brandt\'s chronic disease kept her home, Brandt said.')).toEqual(['Ilse Brandt']);
  });
});

describe('people: a thing-name yields to a person the article names with a title or a given name', () => {
  const quotes = (text: string) => extractArticle(text, { id: 't' }).quotes.map((q) => [q.text, q.speaker, q.cue, q.outlet]);

  test('"Mr. Hodgkin … Hodgkin lymphoma … Hodgkin said" is a person', () => {
    const text = 'Mr. Hodgkin, a retired teacher, was treated for Hodgkin lymphoma in 2019. "I was lucky," Hodgkin said.';
    expect(people(text)).toEqual(['Hodgkin']);
    expect(quotes(text)).toEqual([['I was lucky,', 'Hodgkin', 'said', null]]);
  });

  test('"Dr. Wilson … Wilson\'s disease", "Dr. Paget … Paget\'s disease" are people', () => {
    const text = 'The study was led by Dr. Wilson at the clinic, which treats Wilson\'s disease. "It is rare," Wilson said.';
    expect(people(text)).toEqual(['Wilson']);
    expect(quotes(text)).toEqual([['It is rare,', 'Wilson', 'said', null]]);
    expect(people('Dr. Paget runs the ward, which treats Paget\'s disease. "We see a case a week," Paget said.')).toEqual(['Paget']);
  });

  test('"Ms. Baker founded the law firm Baker" is a person', () => {
    expect(people('Ms. Baker founded the law firm Baker in 1998. "We grew slowly," Baker said.')).toEqual(['Baker']);
  });

  test('a given name before the word: "Tom Hodgkin was treated for Hodgkin lymphoma"', () => {
    expect(people('Tom Hodgkin was treated for Hodgkin lymphoma. "I was lucky," Hodgkin said.')).toEqual(['Tom Hodgkin']);
  });
});

describe('people: a given name is never an office field', () => {
  const quotes = (text: string) => extractArticle(text, { id: 't' }).quotes.map((q) => [q.text, q.speaker, q.cue, q.outlet]);

  test('"Head of Health Services Felicity Marsh": Felicity is a listed given name', () => {
    const text = '"We will cut waiting lists," Head of Health Services Felicity Marsh said.';
    expect(people(text)).toEqual(['Felicity Marsh']);
    expect(quotes(text)).toEqual([['We will cut waiting lists,', 'Felicity Marsh', 'said', null]]);
  });

  test('"Minister of Culture Charity Okoye", "Director of Sales and Marketing Verity Jones": given names shaped as fields', () => {
    expect(people('"Funding will rise," said Minister of Culture Charity Okoye.')).toEqual(['Charity Okoye']);
    expect(people('"Sales are up," said Director of Sales and Marketing Verity Jones.')).toEqual(['Verity Jones']);
  });

  test('negative: a field in -ity is still cut ("Minister of Equality Dana Ruiz")', () => {
    expect(people('Minister of Trade and Equality Dana Ruiz said the bill would pass.')).toEqual(['Dana Ruiz']);
  });
});
