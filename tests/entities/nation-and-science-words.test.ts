// A two-word nationality opening a headline names no one; a scientist's field before a name is a title.
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 't' });
const people = (text: string) => run(text).entities.people;

describe('"Sri Lankan" as a nationality noun (cues.json nationality_nouns)', () => {
  test('a headline opening "Sri Lankan dockers …" lists no person', () => {
    expect(people('Sri Lankan dockers walk out over pay, union says\n\nDockers in Colombo stopped work on Monday, their union said.')).toEqual([]);
  });

  test('near miss: a real name after it is still a person', () => {
    const text = 'Sri Lankan batsman Kusal Perera said the pitch was slow.';
    expect(people(text).map((p) => p.name)).toEqual(['Kusal Perera']);
  });
});

describe('"glaciologist" as a title before a name (occupations.json)', () => {
  test('"Glaciologist Mira Holt" is Mira Holt with the role', () => {
    const text = 'Glaciologist Mira Holt said the ice had moved ten metres in a week.';
    expect(people(text)).toMatchObject([{ name: 'Mira Holt', roles: ['glaciologist'] }]);
    const q = run(text).quotes[0]!;
    expect(q).toMatchObject({ text: 'the ice had moved ten metres in a week', type: 'indirect', speaker: 'Mira Holt', speaker_mention: 'Mira Holt', cue: 'said', outlet: null, start: text.indexOf('the ice') });
  });

  test('near miss: a field word not before a name names no one', () => {
    expect(people('The glaciologist said the ice had moved.')).toEqual([]);
  });
});
