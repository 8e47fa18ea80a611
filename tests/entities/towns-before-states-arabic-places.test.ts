// A town named before its US state and an Arabic place name after "in"/"near": place names shaped like a person's.
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const extract = (text: string) => extractArticle(text, { id: 't' });
const people = (text: string) => extract(text).entities.people.map((p) => p.name);

describe('a name before ", STATE" is a town', () => {
  test('"grew up in Franklin Ridge, Ohio" names a town, not a person', () => {
    const text = 'Corinne Vale grew up in Franklin Ridge, Ohio, and moved west at 19, she said.';
    const r = extract(text);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Corinne Vale']);
  });

  test('a postal abbreviation in capitals counts too ("Cedar Falls, IA")', () => {
    expect(people('The plant outside Cedar Falls, IA closed in May, Tomas Reyes said.')).toEqual(['Tomas Reyes']);
  });

  test('near miss: a list of people whose second opens with a state name stays people', () => {
    expect(people('Ann Colby, Virginia Lee and Tomas Reyes attended the hearing.')).toEqual(['Ann Colby', 'Virginia Lee', 'Tomas Reyes']);
  });
});

describe('Arabic place names after a place preposition', () => {
  test('"Residents in Deir al-Balah said" names a town; the quote keeps its speaker', () => {
    const text = 'Residents in Khan al-Sabir said the water had run out, according to Ann Colby.';
    const r = extract(text);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Ann Colby']);
  });

  test('near miss: "Majed al-Rahimi said" stays a person, named in full (the small particle hyphened to the surname is kept)', () => {
    const text = 'Majed al-Rahimi said the talks would resume.';
    const r = extract(text);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Majed al-Rahimi']);
    const q = r.quotes[0]!;
    expect([q.speaker, q.cue, q.type, q.text, q.outlet ?? null]).toEqual(['Majed al-Rahimi', 'said', 'indirect', 'the talks would resume', null]);
    expect(text.slice(q.start, q.end)).toBe('the talks would resume');
  });
});
