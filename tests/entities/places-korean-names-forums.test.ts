// Counties and provinces of other countries as places, towns named like a person, Korean names written family name
// first, and web forums named like a person. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 's' });
const people = (text: string) => run(text).entities.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])]);
const names = (text: string) => run(text).entities.people.map((p) => p.name);

describe('a county or province after a town is a place', () => {
  test('"Omar Bell, of Guelph, Ontario, said": the person speaks, neither place is a person', () => {
    const r = run('Omar Bell, of Guelph, Ontario, said the bridge was unsafe.');
    expect(r.entities.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])])).toEqual([['Omar Bell', [[0, 9]]]]);
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet, q.start, q.end])).toEqual([['the bridge was unsafe', 'indirect', 'Omar Bell', 'said', null, 36, 57]]);
  });

  test('"…, 52, of Ashford, Kent, said": no person "Kent"', () => {
    expect(names('Nadia Brook, 52, of Ashford, Kent, said the bus was late.')).toEqual(['Nadia Brook']);
  });

  test('near miss: a person surnamed like a county keeps the surname', () => {
    expect(people('Maya Kent, a teacher, praised the plan. Kent said it was fair.')).toEqual([['Maya Kent', [[0, 9], [40, 44]]]]);
  });
});

describe('a town named like a person', () => {
  test('"Residents of Milton Keynes" names no person', () => {
    expect(names('Residents of Milton Keynes will vote on Thursday.')).toEqual([]);
  });

  test('near miss: a person with a given name and a surname is kept', () => {
    expect(names('Residents cheered Milton Hayes on Thursday.')).toEqual(['Milton Hayes']);
  });
});

describe('a Korean name, family name first', () => {
  test('"Park Seo-yeon said" opening a sentence is a person, "Park" included', () => {
    const r = run('Park Seo-yeon said the drama was moving.');
    expect(r.entities.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])])).toEqual([['Park Seo-yeon', [[0, 13]]]]);
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker, q.cue])).toEqual([['the drama was moving', 'indirect', 'Park Seo-yeon', 'said']]);
  });

  test('names in a cast list are people', () => {
    expect(names('The drama stars Han Ye-jin and Choi Min-ho.')).toEqual(['Han Ye-jin', 'Choi Min-ho']);
  });

  test('near miss: "Park Avenue" is no person', () => {
    expect(names('Shoppers crowded Park Avenue on Saturday.')).toEqual([]);
  });
});

describe('a web forum named like a person', () => {
  test('"the online community Dana Board" is no person', () => {
    expect(names('A post on the online community Dana Board drew thousands of comments.')).toEqual([]);
  });

  test('"netizens on Dana Board" is no person', () => {
    expect(names('Netizens on Dana Board mocked the ending.')).toEqual([]);
  });

  test('near miss: "a post on Tom Reed’s page" keeps the person', () => {
    expect(names('Fans left a post on Tom Reed’s page.')).toEqual(['Tom Reed']);
  });
});
