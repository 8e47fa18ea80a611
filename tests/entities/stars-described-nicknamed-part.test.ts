import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'p' }).entities;
  return {
    people: e.people.map((p) => p.name),
    characters: e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.text, m.start, m.end])]),
  };
};

describe('"stars ACTOR as the JOB PART": a description between "as" and the part\'s name belongs to the part', () => {
  test('a job after "the" describes the part', () => {
    const text = 'The comedy stars Lena Ortiz as the bar manager Tom Reyes. Ortiz was funny.';
    expect(entities(text)).toEqual({
      people: ['Lena Ortiz'],
      characters: [['Tom Reyes', 'Lena Ortiz', [['Tom Reyes', 47, 56]]]],
    });
  });

  test('near miss: "as well as" names another actor, no part', () => {
    const text = 'The comedy stars Lena Ortiz as well as Tom Reyes.';
    expect(entities(text)).toEqual({ people: ['Lena Ortiz', 'Tom Reyes'], characters: [] });
  });

  test('near miss: "as a nurse in London" names a place, no part', () => {
    const text = 'The comedy stars Lena Ortiz as a nurse in London.';
    expect(entities(text).characters).toEqual([]);
  });
});

describe('"stars ACTOR as Sam “Big Sam” Reyes": a nickname in quotation marks inside a part\'s name', () => {
  test('the part is the given name and surname; the nickname is its mention too', () => {
    const text = 'The comedy stars Lena Ortiz as Tom “Tiny” Reyes. Later Tiny sings.';
    expect(entities(text)).toEqual({
      people: ['Lena Ortiz'],
      characters: [['Tom Reyes', 'Lena Ortiz', [['Tom “Tiny” Reyes', 31, 47], ['Tiny', 55, 59]]]],
    });
  });

  test('near miss: a nickname inside a real person\'s name outside a billing stays a person', () => {
    const text = 'The comedy was written by Tom “Tiny” Reyes.';
    expect(entities(text).characters).toEqual([]);
  });
});
