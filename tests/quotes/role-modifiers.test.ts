import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const read = (text: string) => {
  const r = extractArticle(text, { id: 'r' });
  return {
    quotes: r.quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet, q.speaker_role, q.start, q.end]),
    roles: r.entities.people.map((p) => [p.name, p.roles]),
  };
};

describe('"the managing director": a word qualifying an office that is no role alone stays with it (data/role-modifiers.json)', () => {
  test('an apposition after the name', () => {
    const text = 'Orla Pennick, the managing director of Brack Tiles, said: "Orders are up."';
    expect(read(text)).toEqual({
      quotes: [['Orders are up.', 'direct', 'Orla Pennick', 'said', null, 'managing director', 59, 73]],
      roles: [['Orla Pennick', ['managing director']]],
    });
  });

  test('a description of an unnamed speaker', () => {
    const text = '"Talks have stalled," said the country\'s finance minister.';
    expect(read(text).quotes).toEqual([['Talks have stalled,', 'direct', null, 'said', null, 'finance minister', 1, 20]]);
  });

  test('near miss: a describing word that belongs to no office is left out', () => {
    const text = 'Orla Pennick, the new director of Brack Tiles, said: "Orders are up."';
    expect(read(text).quotes[0]![5]).toBe('director');
  });
});
