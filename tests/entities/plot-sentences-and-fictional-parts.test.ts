import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'p' });
const names = (text: string) => {
  const e = run(text).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => [c.name, c.mentions[0]!.start, c.mentions[0]!.end]) };
};

describe('parts described inside a plot sentence or as fictional are characters', () => {
  test('"In the film," sets the sentence inside the work: the described name is a part', () => {
    const text = 'In the film, the orphan Lise befriends her neighbour, Anton Gravel, who teaches her to sail.';
    expect(names(text)).toEqual({ people: [], characters: [['Anton Gravel', 54, 66]] });
  });

  test('the quote a part gives in the plot keeps its text, cue and speaker', () => {
    const text = 'In the series, a rookie trains under her sergeant, Rhona Kell, who tells her that “fear keeps you honest.”';
    expect(run(text).quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet, q.start, q.end])).toEqual([
      ['fear keeps you honest.', 'partial', 'Rhona Kell', 'tells', null, 83, 105],
    ]);
    expect(names(text).characters).toEqual([['Rhona Kell', 51, 61]]);
  });

  test('a name described as fictional, with a capitalised nationality in the description', () => {
    const text = 'The novel pits its hero against a fictional Dutch banker, Pieter Halsema.';
    expect(names(text)).toEqual({ people: [], characters: [['Pieter Halsema', 58, 72]] });
  });

  test('near miss: "In the film" far from a described name, and a real person described plainly', () => {
    expect(names('In the film industry, her agent, Moira Tull, is feared.').people).toEqual(['Moira Tull']);
    expect(names('The council hired a Dutch banker, Pieter Halsema.').people).toEqual(['Pieter Halsema']);
  });
});
