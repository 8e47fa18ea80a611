import { describe, expect, test } from 'vitest';
import { processArticle } from '../../src/pipeline/process.js';

const entitiesOf = (text: string) => processArticle({ id: 'x', path: 'x', text }).entities;

describe('a nickname that shortens the word before it marks a given name', () => {
  test('straight quotation marks: one person, the nickname no film', () => {
    const text = 'Corwin "Cor" Haddlesey, the former host of the quiz, has sued the network over his contract. Haddlesey declined to comment.';
    const e = entitiesOf(text);
    expect(e.people.map((p) => p.name)).toEqual(['Corwin Haddlesey']);
    expect(e.people[0]!.mentions.map((m) => [m.start, m.text])).toEqual([[0, 'Corwin "Cor" Haddlesey'], [text.indexOf('Haddlesey declined'), 'Haddlesey']]);
    expect(e.films).toEqual([]);
  });

  test('curly quotation marks after a role noun', () => {
    const text = 'The series was made by director Ottoline “Otto” Brackenbury over two years. Brackenbury filmed most of it at night.';
    const e = entitiesOf(text);
    expect(e.people.map((p) => p.name)).toEqual(['Ottoline Brackenbury']);
    expect(e.films).toEqual([]);
  });
});

describe('names in a title-case headline', () => {
  test('capitalised headline words that never recur below are no person', () => {
    // ("Rules" again below only at the head of a quotation, where any word takes a capital.)
    const text = 'Dockers and Hauliers Spar Over Pension Rules as Strike Looms\n\nThe port union on Friday rejected the offer. "Rules are rules," a steward said.';
    expect(entitiesOf(text).people.map((p) => p.name)).toEqual([]);
  });

  test('a surname the body repeats keeps the headline name', () => {
    const text = 'Brodwick Hallam Wins Seat in Runoff\n\nThe lawyer took 54 percent of the vote. Hallam said he would start work at once.';
    expect(entitiesOf(text).people.map((p) => p.name)).toEqual(['Brodwick Hallam']);
  });

  test('a name after an abbreviation\'s stop in running text is no headline run', () => {
    const text = 'Harbour Talks Resume\n\nThe rally on Thursday was led by the Rev. Al Marwell. The crowd stayed late.\n';
    expect(entitiesOf(text).people.map((p) => p.name)).toContain('Al Marwell');
  });

  test('a capitalised line of running text is no headline: its unlisted name stays a person', () => {
    const text = 'Anchor Seen At Rival Network\n\nKTV’s Oswin Taddeo reported Wednesday that NBC News anchor Lena Marsh was seen entering Rockefeller Center.\n';
    expect(entitiesOf(text).people.map((p) => p.name)).toContain('Oswin Taddeo');
  });
});
