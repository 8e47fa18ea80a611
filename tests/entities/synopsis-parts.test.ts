import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { synopsisParts } from '../../src/entities/synopsis-parts.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 's' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name) };
};

describe('synopsis parts: a quoted title opens the synopsis', () => {
  test('a title, a crew clause, a one-word part after "an ADJ NOUN," and a second described part in the sentence', () => {
    const text = '“Saltmarsh,” directed by Lena Ortiz, follows a retired lighthouse keeper, Tobias, who shelters a runaway girl, Elsie Marr, through a long storm.';
    const e = extractArticle(text, { id: 's' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([
      ['Tobias', null, [[text.indexOf('Tobias'), text.indexOf('Tobias') + 'Tobias'.length]]],
      ['Elsie Marr', null, [[text.indexOf('Elsie Marr'), text.indexOf('Elsie Marr') + 'Elsie Marr'.length]]],
    ]);
    expect(e.people.map((p) => p.name)).toEqual(['Lena Ortiz']);
  });

  test('"The film, “X,” follows two cousins, A and B," names both parts', () => {
    expect(synopsisParts('The film, “Saltmarsh,” follows two cousins, Nora Quill and Ada Quill, across one summer.')).toEqual(['Nora Quill', 'Ada Quill']);
  });

  test('a crew member described in the sentence is no part', () => {
    expect(synopsisParts('“Saltmarsh” follows a widow, Elsie Marr, and was shot by the cinematographer, Lena Ortiz.')).toEqual(['Elsie Marr']);
  });

  test('negative: a report follows a real person, no work opens the sentence', () => {
    expect(entities('The inquiry follows a retired lighthouse keeper, Tobias Marr, who gave evidence on Tuesday.')).toEqual({ people: ['Tobias Marr'], characters: [] });
  });

  test('negative: a documentary\'s title opens a real life', () => {
    expect(synopsisParts('The documentary “Saltmarsh” follows a retired keeper, Tobias Marr, through a storm.')).toEqual([]);
  });

  test('negative: a name in the next sentence is outside the synopsis', () => {
    expect(synopsisParts('“Saltmarsh” follows a widow, Elsie Marr, through a storm. It was praised by a neighbour, Tobias Quill.')).toEqual(['Elsie Marr']);
  });
});

describe('characters: a novel\'s synopsis, its author set off by commas, names its parts', () => {
  const text = 'The novel, by the author Wren Halloway, follows 14-year-old Tamsin Reed and her grandfather, Abel, as they keep a lighthouse on a failing coast. In one chapter Tamsin\'s neighbour, Corin, hides a stranded seal.\n';
  test('an aged name after "follows", a described name and a possessive-described name in a later chapter are parts', () => {
    const r = extractArticle(text, { id: 'a' });
    expect(r.entities.characters.map((c) => [c.name, c.actor])).toEqual([['Tamsin Reed', null], ['Abel', null], ['Corin', null]]);
    expect(r.entities.characters[2]!.mentions[0]).toEqual({ start: text.indexOf('Corin'), end: text.indexOf('Corin') + 5, text: 'Corin' });
    expect(r.entities.people.map((p) => [p.name, p.roles])).toEqual([['Wren Halloway', ['author']]]);
  });

  test('near miss: "In one scene" with no synopsis before it names people, and an age before a name outside a synopsis makes no part', () => {
    const r = extractArticle('A report follows 14-year-old Tamsin Reed through a year at school. In one scene her coach, Corin Abbot, shouts at the referee.\n', { id: 'a' });
    expect(r.entities.characters).toEqual([]);
    expect(r.entities.people.map((p) => p.name)).toContain('Corin Abbot');
  });
});

describe('characters: a title written before a synopsis part stays in its name', () => {
  test('"the villain, Dr. Halloway," is the part "Dr. Halloway" (not "Dr"), and "Sister" opens a part\'s name', () => {
    const text = 'The film follows a diver, Bea, who hunts the smuggler, Dr. Oskar Vell, along a reef.\n';
    const r = extractArticle(text, { id: 'a' });
    expect(r.entities.characters.map((c) => c.name)).toEqual(['Bea', 'Dr. Oskar Vell']);
    expect(r.entities.people).toEqual([]);
    expect(synopsisParts('The drama follows a novice, Ada, and her abbess, Sister Maud.')).toEqual(['Ada', 'Sister Maud']);
  });

  test('near miss: "Dr." opening the next sentence is no part of the synopsis', () => {
    expect(synopsisParts('The film follows a diver, Bea, who hunts a smuggler. Dr. Oskar Vell, a critic, liked it.')).toEqual(['Bea']);
  });
});

describe('characters: a book\'s author may carry an origin or kind word before "author"', () => {
  test('", by the Scottish author Nia Fenwick," still opens the synopsis of "The book"', () => {
    const text = 'The book, by the Scottish author Nia Fenwick, follows 11-year-old Owen Tarr and his uncle, Silas, as they rebuild a mill.\n\nThe novel won a children\'s prize in 2022.\n';
    const r = extractArticle(text, { id: 'b' });
    expect(r.entities.characters.map((c) => [c.name, c.actor, c.mentions[0]])).toEqual([
      ['Owen Tarr', null, { start: text.indexOf('Owen Tarr'), end: text.indexOf('Owen Tarr') + 9, text: 'Owen Tarr' }],
      ['Silas', null, { start: text.indexOf('Silas'), end: text.indexOf('Silas') + 5, text: 'Silas' }],
    ]);
    expect(r.entities.people.map((p) => [p.name, p.roles])).toEqual([['Nia Fenwick', ['author']]]);
  });

  test('near miss: in an article that calls no work fiction, "The book follows a miner, NAME," is a biography\'s subject, a person', () => {
    const r = extractArticle('The book follows a retired miner, Jim Calder, who spent 40 years underground. Calder said he was proud of it.\n', { id: 'b' });
    expect(r.entities.characters).toEqual([]);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Jim Calder']);
  });

  test('near miss: a report by the same kind of author follows real people', () => {
    const r = extractArticle('The report, by the Scottish author Nia Fenwick, follows 11-year-old Owen Tarr and his uncle, Silas Brand, as they rebuild a mill.\n', { id: 'b' });
    expect(r.entities.characters).toEqual([]);
  });
});

describe('synopsis parts: a stage play or musical opens a synopsis too', () => {
  test('"The play follows Amira and her brother Tariq.": both characters, no person', () => {
    expect(entities('The play follows Amira and her brother Tariq.')).toEqual({ people: [], characters: ['Amira', 'Tariq'] });
  });

  test('near miss: "The play follows a sell-out run" names no part, and a reviewer named after it stays a person', () => {
    expect(entities('The play follows a sell-out run in Leeds, critic Nora Bell wrote.').people).toEqual(['Nora Bell']);
  });
});
