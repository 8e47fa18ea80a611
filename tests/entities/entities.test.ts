import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EntityMerger } from '../../src/entities/index.js';
import { extractArticle } from '../../src/pipeline/process.js';
import { SHARED } from '../helpers/paths.js';

const entities = (text: string) => extractArticle(text, { id: 'e' }).entities;
const names = (list: { name: string }[]) => list.map((e) => e.name);

describe('people', () => {
  test('a run from a full name into a place is the person and the place: "the Ted Marsh South Dakota office"', () => {
    const e = entities('Ted Marsh won the primary. Staff at the Ted Marsh South Dakota office cheered, and Marsh thanked them.');
    expect(e.people.map((p) => [p.name, p.aliases])).toEqual([['Ted Marsh', ['Marsh']]]);
  });

  test('a speaker named after "said" whose given name the model reads as a modal: "said Will Okafor"', () => {
    const r = extractArticle('“Costs keep rising,” said Will Okafor, an economist at Hale College.', { id: 'w' });
    expect(r.quotes.map((q) => [q.text, q.speaker, q.speaker_mention])).toEqual([['Costs keep rising,', 'Will Okafor', 'Will Okafor']]);
    expect(names(r.entities.people)).toEqual(['Will Okafor']);
  });

  test('surname and partial mentions merge into the fullest name; possessives and titles stripped', () => {
    const e = entities('Director Ana de Armas met Keanu Reeves on Monday. Reeves’s new film opens in May, and De Armas will attend.');
    expect(e.people.map((p) => [p.name, p.aliases.sort()])).toEqual([
      ['Ana de Armas', ['De Armas']],
      ['Keanu Reeves', ['Reeves']],
    ]);
    const reeves = e.people[1]!;
    expect(reeves.mentions.map((m) => m.text)).toEqual(['Keanu Reeves', 'Reeves']);
  });

  test('honorifics give gender and an alias; roles are recorded', () => {
    const e = entities('Music mogul Tony Wilson spoke first. Mr Wilson said the film was “official”.');
    expect(e.people).toHaveLength(1);
    expect(e.people[0]).toMatchObject({ name: 'Tony Wilson', gender: 'male' });
    expect(e.people[0]!.aliases).toContain('Mr Wilson');
  });

  test('gender from the pronoun that refers to a quoted person', () => {
    const e = entities('Robin Keys, the festival director, opened the night.\n\n“We sold out in a day,” she said.');
    expect(e.people[0]).toMatchObject({ name: 'Robin Keys', gender: 'female' });
  });

  test('outlets and organisations are not people', () => {
    const e = entities('According to Deadline Ana Vidal is in talks for the part. The Walt Disney Company declined to comment, the Financial Times reported.');
    expect(names(e.people)).toEqual(['Ana Vidal']);
    expect(names(e.outlets)).toEqual(['Deadline', 'Financial Times']);
  });
});

describe('characters', () => {
  test('"plays X" and "X (Actor)" make characters, linked to the actor, never people', () => {
    const e = entities('Oliver Haines, who plays the smuggler Captain Rusk, returns. The villain is the Harbor Master (Gemma Stone).');
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([
      ['Captain Rusk', 'Oliver Haines'],
      ['the Harbor Master', 'Gemma Stone'],
    ].map(([n, a]) => [n === 'the Harbor Master' ? 'The Harbor Master' : n, a]));
    expect(names(e.people).sort()).toEqual(['Gemma Stone', 'Oliver Haines']);
  });

  test('well-known fictional characters are not people', () => {
    const e = entities('Back from a mission alongside James Bond, actress Lea Moss signed on.');
    expect(names(e.people)).toEqual(['Lea Moss']);
    expect(names(e.characters)).toEqual(['James Bond']);
  });
});

describe('films', () => {
  test('gazetteer titles with aliases, colons and dashes; bare mentions once established', () => {
    const e = entities('She appeared briefly in John Wick: Parabellum, and Parabellum fans noticed. The Matrix 4 comes later.');
    const film = e.films.find((f) => f.title === 'John Wick: Chapter 3 – Parabellum')!;
    expect(film.year).toBe(2019);
    expect(film.mentions.map((m) => m.text)).toEqual(['John Wick: Parabellum', 'Parabellum']);
    expect(names(e.films.map((f) => ({ name: f.title })))).toContain('The Matrix Resurrections');
  });

  test('unknown titles need a cue: "the film X", "X (2019)"; ordinary one-word titles only with a cue', () => {
    const e = entities('The thriller Night Ferry opens Friday, a follow-up to Salt Marsh Summer (2019). Her speed surprised everyone. She once starred in Speed.');
    expect(e.films.map((f) => [f.title, f.year])).toEqual([
      ['Night Ferry', null],
      ['Salt Marsh Summer', 2019],
      ['Speed', 1994],
    ]);
  });

  test('single-word titles that are ordinary words are not films without a cue', () => {
    const e = entities('Underworld figures were arrested. Later the horror series Underworld was mentioned.');
    const underworld = e.films.find((f) => f.title === 'Underworld');
    expect(underworld).toBeDefined();
    expect(e.films).toHaveLength(1);
  });
});

describe('outlets', () => {
  test('named as sources or media: gazetteer and "told the X Ledger"', () => {
    const e = entities('Peter Vos told the Lakeview Ledger that talks would resume. He later spoke to IndieWire. Time was short.');
    expect(names(e.outlets)).toEqual(['Lakeview Ledger', 'IndieWire']);
  });
});

describe('corpus-wide merge', () => {
  test('the same person is one row across articles with aliases, counts and quote count', () => {
    const merger = new EntityMerger();
    merger.add(extractArticle('“We start in March,” said producer Dana Whitfield. Whitfield smiled.', { id: 'a' }));
    merger.add(extractArticle('Dana Whitfield, the producer, was not available.', { id: 'b' }));
    const rows = merger.peopleRows();
    expect(rows).toEqual([{ name: 'Dana Whitfield', aliases: ['Whitfield'], gender: 'female', roles: ['producer'], article_count: 2, mention_count: 3, quote_count: 1 }]);
  });
});

describe('the seed article', () => {
  const gold = JSON.parse(readFileSync(join(SHARED, 'seeds', '000_71a23aaa782aa84c.gold.json'), 'utf8'));
  const e = entities(gold.text);

  test('exactly the 7 real people, aliases merged, no character as a person', () => {
    expect(names(e.people).sort()).toEqual(['Ana de Armas', 'Anjelica Huston', 'Chad Stahleski', 'Keanu Reeves', 'Laurence Fishburne', 'Len Wiseman', 'Shay Hatten']);
    const ana = e.people.find((p) => p.name === 'Ana de Armas')!;
    expect(ana.aliases).toEqual(expect.arrayContaining(['Ana De Armas', 'de Armas']));
    expect(e.people.find((p) => p.name === 'Keanu Reeves')!.aliases).toContain('Reeves');
  });

  test('at least 8 of its 9 films, and the outlets Deadline and IndieWire', () => {
    const norm = (s: string) => s.toLowerCase().replace(/[–—]/g, '-');
    const found = new Set(e.films.flatMap((f) => [f.title, ...f.aliases].map(norm)));
    const hits = gold.films.filter((f: { title: string; aliases: string[] }) => [f.title, ...f.aliases].some((n) => found.has(norm(n))));
    expect(hits.length).toBeGreaterThanOrEqual(8);
    expect(names(e.outlets)).toEqual(['Deadline', 'IndieWire']);
  });
});

describe('people linked to films', () => {
  test('director and cast where the text says so, to the film meant', () => {
    const e = entities('Len Wiseman, who made the Underworld films, will direct Ballerina. Ana Vidal will star in the spin-off Ballerina. The premiere of Night Ferry, the new thriller from director Anika Sorensen, drew a crowd.');
    const people = (title: string) => e.films.find((f) => f.title === title)?.people ?? [];
    expect(people('Ballerina')).toHaveLength(2);
    expect(people('Ballerina')).toEqual(expect.arrayContaining([{ name: 'Ana Vidal', relation: 'cast' }, { name: 'Len Wiseman', relation: 'director' }]));
    expect(people('John Wick')).toEqual([]);
    expect(people('Night Ferry')).toEqual([{ name: 'Anika Sorensen', relation: 'director' }]);
  });
});

describe('descriptions are not people', () => {
  test('a capitalised plural at a sentence start before a speech verb', () => {
    const e = entities('Senator Margaret Doyle backed the bill. Opponents argued that it had no funding.');
    expect(names(e.people)).toEqual(['Margaret Doyle']);
  });
});
