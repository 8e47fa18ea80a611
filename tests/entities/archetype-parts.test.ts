import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'a' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => [c.name, c.actor ?? null]) };
};

const FILM_LEAD = 'The studio showed footage from the superhero film “Ironveil Rising” on Saturday.\n\n';

describe('characters: parts a genre story names through an archetype', () => {
  test('"NAME, the vigilante known as X" in a film article is a part, no person', () => {
    const text = FILM_LEAD + 'The director said the film picks up with Mara Quell, the vigilante known as Ironveil, living in hiding.\n';
    const e = entities(text);
    expect(e.characters).toContainEqual(['Mara Quell', null]);
    expect(e.people).not.toContain('Mara Quell');
    expect(e.people).not.toContain('Ironveil');
    // The masked name is a mention of the same part; inside the film's title it is the title's.
    const part = extractArticle(text, { id: 'a' }).entities.characters.find((c) => c.name === 'Mara Quell')!;
    expect(part.mentions.map((m) => [m.start, m.text])).toEqual([[text.indexOf('Mara Quell'), 'Mara Quell'], [text.indexOf('as Ironveil') + 3, 'Ironveil']]);
  });

  test('"ACTOR as the villain the NAME" gives the part and its actor', () => {
    const text = FILM_LEAD + 'The footage cuts to Desmond Okafor-Lyle as the villain the Pale Regent, his face hidden behind a mask.\n';
    const e = entities(text);
    expect(e.characters).toContainEqual(['Pale Regent', 'Desmond Okafor-Lyle']);
    expect(e.people).toContain('Desmond Okafor-Lyle');
  });

  test('an actor\'s possessive and one capitalised word in a sentence about the film is her part', () => {
    const text = FILM_LEAD + 'The last shot revealed Ingrid Solvang-Baptiste\'s Wren, believed dead at the end of the first film.\n';
    const e = entities(text);
    expect(e.characters).toContainEqual(['Wren', 'Ingrid Solvang-Baptiste']);
    expect(e.people).toContain('Ingrid Solvang-Baptiste');
  });

  test('near miss: a real officer "known as" a nickname in a news story is no part', () => {
    const text = 'Police said Tom Hale, the detective known as Ace, retired on Friday after 30 years.\n';
    expect(entities(text).characters).toEqual([]);
  });

  test('near miss: a possessive before a restaurant outside a screen story is no part', () => {
    const text = 'Diners queued outside Ingrid Solvang\'s Brisa, which reopened on Friday.\n';
    expect(entities(text).characters).toEqual([]);
  });
});

describe('characters: "the film\'s villain, NAME," names the part after the archetype', () => {
  test('a title before the name stays in the part, anywhere after "the film\'s"', () => {
    const text = 'Reviewers were kind. The film\'s villain, Dr. Morrow, floods a valley town.\n';
    const e = extractArticle(text, { id: 'a' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions[0]])).toEqual([
      ['Dr. Morrow', null, { start: text.indexOf('Dr. Morrow'), end: text.indexOf('Dr. Morrow') + 10, text: 'Dr. Morrow' }],
    ]);
    expect(e.people).toEqual([]);
  });

  test('"Its villain, NAME," is a part in an article about a screen work', () => {
    expect(entities(FILM_LEAD + 'Its villain, Dr. Morrow, floods a valley town.\n').characters).toContainEqual(['Dr. Morrow', null]);
  });

  test('near miss: "Its villain," with no screen work, and "the report\'s villain," stay people', () => {
    expect(entities('The charity opened a new ward. Its villain, Dr. Morrow, was fined.\n').characters).toEqual([]);
    expect(entities('The inquiry closed. The report\'s villain, Dr. Morrow, was fined.\n').people).toContain('Morrow');
  });
});
