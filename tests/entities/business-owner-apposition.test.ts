import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const read = (text: string) => {
  const r = extractArticle(text, { id: 'o' });
  return { quotes: r.quotes.map((q) => [q.text, q.type, q.speaker, q.speaker_kind, q.cue, q.outlet, q.start, q.end]), people: r.entities.people.map((p) => p.name) };
};

describe('"The owner of X, NAME PLURAL-TRADE-NOUN, said": the owning business, no person', () => {
  test('an operator of a route named by its trade', () => {
    const text = 'The operator of the line, Halsey Buses, said the timetable would change.';
    expect(read(text)).toEqual({ quotes: [['the timetable would change', 'indirect', 'Halsey Buses', 'organization', 'said', null, 45, 71]], people: [] });
  });

  test('near miss: a name with a given name first stays a person', () => {
    const text = 'The operator of the line, Maria Buses, said the timetable would change.';
    expect(read(text)).toEqual({ quotes: [['the timetable would change', 'indirect', 'Maria Buses', 'person', 'said', null, 44, 70]], people: ['Maria Buses'] });
  });
});
