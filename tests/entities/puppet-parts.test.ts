import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { puppetParts } from '../../src/entities/puppet-parts.js';

const entities = (text: string) => extractArticle(text, { id: 'p' }).entities;

describe('names after "the puppet(s)" are characters', () => {
  test('a list of puppets, one named "X the Animal", one behind a form of address', () => {
    const text = 'The host opened the fair with the puppets Fennel the Fox and Mr Pockets.';
    const e = entities(text);
    expect(e.people).toEqual([]);
    expect(e.characters.map((c) => [c.name, c.mentions[0]!.start, c.mentions[0]!.end])).toEqual([
      ['Fennel the Fox', 42, 56],
      ['Mr Pockets', 61, 71],
    ]);
  });

  test('three puppets in a list', () => {
    expect(puppetParts('She works the puppets Pip, Granny Moss and Tuck the Toad.')).toEqual(['Pip', 'Granny Moss', 'Tuck the Toad']);
  });

  test('near miss: a puppet word with no name after it, and a name that runs on', () => {
    expect(puppetParts('The puppet theatre closed. The puppets Harbour Trust owns were sold.')).toEqual([]);
  });

  test('a name set off by commas after an owned puppet', () => {
    const text = "The revue's new puppet, Clover Mole, steals every scene.";
    const e = entities(text);
    expect(e.people).toEqual([]);
    expect(e.characters.map((c) => [c.name, c.mentions[0]!.start, c.mentions[0]!.end])).toEqual([['Clover Mole', 24, 35]]);
    expect(puppetParts('Its oldest puppet, Mr Pockets, retires.')).toEqual(['Mr Pockets']);
  });

  test('near miss: the puppeteer set off by commas is a person', () => {
    const e = entities("The revue's puppeteer, Nora Flint, said the tour would go on.");
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['Nora Flint']);
  });
});
