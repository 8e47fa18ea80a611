import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const parts = (text: string) => {
  const e = extractArticle(text, { id: 'p' }).entities;
  return {
    people: e.people.map((p) => p.name),
    characters: e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => m.start)]),
  };
};

describe('characters: "X is played by Y" in an article about a screen work', () => {
  test('"Milo is played by Tess Orla; June is played by newcomer Ravi Dunn" (given names sharing a surname, "Milo and June Hart")', () => {
    const text = 'The series follows two cousins, Milo and June Hart. Milo is played by Tess Orla; June is played by newcomer Ravi Dunn.';
    expect(parts(text)).toEqual({
      people: ['Tess Orla', 'Ravi Dunn'],
      characters: [
        ['Milo Hart', 'Tess Orla', [text.indexOf('Milo'), text.indexOf('Milo is')]],
        ['June Hart', 'Ravi Dunn', [text.indexOf('June Hart'), text.indexOf('June is')]],
      ],
    });
  });

  test('"The drifter, a farmer named Abel Crane, is played by Otto Vey"', () => {
    const text = 'The movie opens in a storm. The drifter, a farmer named Abel Crane, is played by Otto Vey.';
    expect(parts(text)).toEqual({ people: ['Otto Vey'], characters: [['Abel Crane', 'Otto Vey', [text.indexOf('Abel Crane')]]] });
  });

  test('negative: with no screen work named, "Chelsea is played by …" is no part', () => {
    expect(parts('Chelsea is played by Arsenal Town next week.').characters).toEqual([]);
  });
});

describe('characters: "cast as <description>, NAME"', () => {
  test('"has been cast as Nadia\'s younger son, Tobias" names the part, with the actor', () => {
    const text = "Lionsgate said that Omar Feld has been cast as Nadia's younger son, Tobias.";
    expect(parts(text)).toEqual({ people: ['Omar Feld'], characters: [['Tobias', 'Omar Feld', [text.indexOf('Tobias')]]] });
  });

  test('negative: "cast as the favourite, Tobias Lund said" — the name after the comma speaks', () => {
    expect(parts('The mayor was cast as the favourite, Tobias Lund said.').characters).toEqual([]);
  });
});

describe('characters: a surname the text gives a real person with is no part', () => {
  test('"Marta Voss arrived early … a double playing Voss": Voss is the person', () => {
    const text = 'Marta Voss arrived early. The crew rehearsed with a double playing Voss.';
    expect(parts(text)).toEqual({ people: ['Marta Voss'], characters: [] });
  });
});
