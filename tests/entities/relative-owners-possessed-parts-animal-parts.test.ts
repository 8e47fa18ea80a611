import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { entityNames } from '../helpers/entities.js';

const characters = (text: string) => extractArticle(text, { id: 'c' }).entities.characters.map((c) => ({ name: c.name, actor: c.actor, mentions: c.mentions.map((m) => [m.text, m.start]) }));

describe('characters: parts named through a relative, an actor\'s possessive, an animal', () => {
  test('the owner of a played relative is a part too ("plays Vance\'s sister Ada")', () => {
    const text = 'The season finale left Captain Ruth Vance adrift in a storm episode. Lena Ortiz plays Vance’s sister Ada.';
    const e = entityNames(text);
    expect(e.people).toEqual(['Lena Ortiz']);
    expect(e.characters).toEqual(['Ruth Vance', 'Ada']);
    expect(characters(text)[0]!.mentions).toEqual([['Ruth Vance', text.indexOf('Ruth Vance')], ['Vance', text.indexOf('Vance’s')]]);
  });

  test('near miss: an owner named as playing someone stays the actor ("plays Moor\'s brother")', () => {
    const text = 'In the series, Lila Moor plays a nurse. Owen Hart plays Moor’s brother Sam.';
    const e = entityNames(text);
    expect(e.people).toEqual(expect.arrayContaining(['Lila Moor', 'Owen Hart']));
    expect(e.characters).not.toContain('Moor');
  });

  test('an actor\'s possessive before a full name is the part she plays, its surname alone a mention', () => {
    const text = 'The actor Ivo Lang wanted more lines in the drama for his character, the miner Jack Pell, than for Nina Shaw\'s Rose Tully. In the last episode, Rose Tully leaves Pell at the station.';
    const c = characters(text);
    expect(c.map((x) => x.name)).toEqual(['Jack Pell', 'Rose Tully']);
    expect(c[1]!.actor).toBe('Nina Shaw');
    expect(c[0]!.mentions).toEqual([['Jack Pell', text.indexOf('Jack Pell')], ['Pell', text.indexOf('Pell at')]]);
    expect(entityNames(text).people).toEqual(['Ivo Lang', 'Nina Shaw']);
  });

  test('near miss: a possessive before a full name outside a screen work is no part', () => {
    const text = 'The minister praised Nina Shaw\'s Rose Tully. Rose Tully is her deputy.';
    expect(entityNames(text).characters).toEqual([]);
  });

  test('an animal noun and a name in a sentence about films is a part ("the hedgehog Bramble")', () => {
    const text = 'Voices have been swapped before, notably for the hedgehog Bramble in the 1980s “Hollow Lane” films.';
    expect(entityNames(text).characters).toEqual(['Bramble']);
  });

  test('near miss: an animal noun and a name outside a screen work is no part', () => {
    const text = 'Keepers said the hedgehog Bramble was released on Monday.';
    expect(entityNames(text).characters).toEqual([]);
  });
});
