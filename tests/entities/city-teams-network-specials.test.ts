import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'teams' }).entities;
const films = (text: string) => entities(text).films.map((f) => ({ title: f.title, kind: f.kind, mentions: f.mentions.map((m) => [m.start, m.end]) }));

describe('a city\'s team after "the" is no person', () => {
  test('an invented team word, named alone at a sentence start: "the Savannah Otters … The Otters"', () => {
    const text = 'It was a long night for the Savannah Otters on Friday. The Otters lost 4-2, coach Mara Pike said.';
    expect(entities(text).people.map((p) => p.name)).toEqual(['Mara Pike']);
  });

  test('a team word after a given name and "the": "the Jordan Kings"', () => {
    const text = 'The trade sent two guards to the Jordan Kings, coach Mara Pike said.';
    expect(entities(text).people.map((p) => p.name)).toEqual(['Mara Pike']);
  });
});

describe('a network special is a TV work', () => {
  test('"the CBS special “…”" before the title', () => {
    const text = 'Ratings rose for the CBS special “Songs of the Lantern,” the network said.';
    expect(films(text)).toEqual([{ title: 'Songs of the Lantern', kind: 'tv', mentions: [[34, 54]] }]);
  });

  test('"NBC’s “…” special" around the title', () => {
    const text = 'NBC’s “Lights Over the Pier” special drew eight million viewers.';
    expect(films(text)).toEqual([{ title: 'Lights Over the Pier', kind: 'tv', mentions: [[7, 27]] }]);
  });
});

describe('a quoted title before "star" is a film and the name after it a person', () => {
  test('"“Salt, Iron” star Dana Whit"', () => {
    const text = '“Salt, Iron” star Dana Whit said she was tired.';
    const e = entities(text);
    expect(e.films.map((f) => [f.title, f.kind])).toEqual([['Salt, Iron', 'film']]);
    expect(e.people.map((p) => p.name)).toEqual(['Dana Whit']);
  });
});
