// A listed firm's name the article gives a person; "leads X into the final round by N shots" keeps the rival;
// a double given name after an office's field. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 't' });
const people = (text: string) => run(text).entities.people.map((p) => p.name);

describe('a listed firm’s name (data/organisations.json) given to a person', () => {
  test('a person’s apposition after it keeps the whole name, its first word no title', () => {
    expect(people('Dean Witter, the firm’s founder, told investors in 1924 that “the client comes first.”')).toEqual(['Dean Witter']);
  });

  test('a person’s apposition, and the surname alone with an age, make one person', () => {
    const text = '“We will appeal,” said Arthur Andersen, the Danish defender, after the match. Andersen, 24, joined in May.';
    expect(people(text)).toEqual(['Arthur Andersen']);
    const [q] = run(text).quotes;
    expect([q!.type, q!.text, q!.speaker, q!.cue]).toEqual(['direct', 'We will appeal,', 'Arthur Andersen', 'said']);
  });

  test('a direct quote in a singular voice under the name is a person’s', () => {
    expect(people('Arthur Andersen scored twice. “It was easy,” Arthur Andersen said.')).toEqual(['Arthur Andersen']);
  });

  test('"he" opening the next sentence refers back to the name', () => {
    expect(people('Dean Witter opened a brokerage in San Francisco in 1924. He was 37 at the time.')).toEqual(['Dean Witter']);
  });

  test('the firm written as itself stays out', () => {
    expect(people('Arthur Andersen collapsed in 2002 after the audit scandal. The firm’s partners scattered.')).toEqual([]);
    expect(people('“We are cooperating fully,” Arthur Andersen said in a statement.')).toEqual([]);
    expect(people('Morgan Stanley bought Dean Witter in 1997, said Ana Ruiz, an analyst.')).toEqual(['Ana Ruiz']);
  });
});

describe('"leads X into …" on a leaderboard keeps the rival', () => {
  test('"into the final round by two shots" and "into the weekend by a stroke"', () => {
    expect(people('Ana Ruiz leads Sora Park into the final round by two shots at the Lakeside Open.')).toEqual(['Ana Ruiz', 'Sora Park']);
    expect(people('Laura Chen led Minji Park into the weekend by a stroke after a 66 on Friday.')).toEqual(['Laura Chen', 'Minji Park']);
  });

  test('a captain leading a team into a final still names no rival', () => {
    expect(people('Kim Soo-jin leads Hyde Park into the final of the cup.')).toEqual(['Kim Soo-jin']);
  });
});

describe('a double given name after an office’s field', () => {
  test('the field word is cut before two known given names and a surname', () => {
    expect(people('Secretary of State Mary Ann Cole said the talks failed.')).toEqual(['Mary Ann Cole']);
    expect(people('Head of News Anna Maria Ruiz said the story stood.')).toEqual(['Anna Maria Ruiz']);
    expect(people('Chief of Staff Rosa Lee Parks said no.')).toEqual(['Rosa Lee Parks']);
    expect(people('Head of Legal Marie Claire Dubois said the deal was sound.')).toEqual(['Marie Claire Dubois']);
  });

  test('one given name and a surname still work', () => {
    expect(people('Chief of Staff Tom Hale said no.')).toEqual(['Tom Hale']);
  });
});
