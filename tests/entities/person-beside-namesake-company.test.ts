// A company named after a person ("Mallick Pictures") makes its head word alone the company's, but a given name and
// that surname after a person's role word, or described as a person, stay a person (src/entities/people.ts).
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 't' }).entities;

describe('people beside a company bearing their surname', () => {
  test('"actor Ravi Mallick" survives "Mallick Pictures" later in the article; the company is no person', () => {
    const text = 'Agents searched the flat of actor Ravi Mallick on Monday.\n\nAgents also visited the offices of Mallick Pictures.';
    const e = entities(text);
    expect(e.people.map((p) => p.name)).toEqual(['Ravi Mallick']);
    const p = e.people[0]!;
    expect(p.roles).toEqual(['actor']);
    expect(p.mentions).toEqual([{ start: text.indexOf('Ravi'), end: text.indexOf(' on Monday'), text: 'Ravi Mallick' }]);
  });

  test('a full name after "engineer" survives "Okorie Holdings"', () => {
    const e = entities('The firm was founded by engineer Obiora Okorie in 1990. Okorie Holdings now employs 400 people.');
    expect(e.people.map((p) => p.name)).toEqual(['Obiora Okorie']);
  });

  test('near miss: a company\'s head word opening a sentence after a capitalised word stays no person', () => {
    const e = entities('Shares of Norvik Semiconductors fell on Monday. Chipmaker Norvik said demand had slowed.');
    expect(e.people.map((p) => p.name)).toEqual([]);
  });
});
