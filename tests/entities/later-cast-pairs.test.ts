import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { laterCastPairs } from '../../src/entities/later-cast-pairs.js';

describe('later cast pairs: a billing sentence names every "ACTOR as PART" pair', () => {
  test('"stars A as P, a …, and B as Q, the …" makes both parts characters with their actors', () => {
    const text = 'The drama stars Ines Calvo as Nell Vane, a nurse who stays behind when the town floods, and Tomas Reid as Father Aske, the vicar who will not leave his church.';
    const e = extractArticle(text, { id: 'l' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([
      ['Nell Vane', 'Ines Calvo', [[text.indexOf('Nell Vane'), text.indexOf('Nell Vane') + 'Nell Vane'.length]]],
      ['Father Aske', 'Tomas Reid', [[text.indexOf('Father Aske'), text.indexOf('Father Aske') + 'Father Aske'.length]]],
    ]);
    expect(e.people.map((p) => p.name).sort()).toEqual(['Ines Calvo', 'Tomas Reid']);
  });

  test('an honorific\'s stop ends no sentence, and three pairs are read', () => {
    const text = 'It stars Ada Brill as Mara, Hal Nyborg as Dr. Quell, and Rosa Quill as June Vane.';
    expect(laterCastPairs(text, text.indexOf('Mara') + 4)).toEqual([
      { actor: 'Hal Nyborg', part: 'Dr. Quell' },
      { actor: 'Rosa Quill', part: 'June Vane' },
    ]);
  });

  test('negative: a pair in the next sentence is not read ("… as Mara. Hal Nyborg as chair …")', () => {
    const text = 'It stars Ada Brill as Mara. Later, Hal Nyborg as Chairman Quell said no.';
    expect(laterCastPairs(text, text.indexOf('Mara') + 4)).toEqual([]);
  });
});
