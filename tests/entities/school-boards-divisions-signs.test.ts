import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'a' }).entities.people.map((p) => p.name);

describe('no person: school boards, charities, divisions and sign slogans', () => {
  test('"X County Public Schools said" is an organisation speaking', () => {
    const text = 'Morgan County Public Schools said classes would resume on Monday.\n';
    const r = extractArticle(text, { id: 'a' });
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker, q.speaker_kind, q.cue, q.outlet, q.start, q.end])).toEqual([
      ['classes would resume on Monday', 'indirect', 'Morgan County Public Schools', 'organization', 'said', null, text.indexOf('classes'), text.indexOf('Monday') + 6],
    ]);
    expect(r.entities.people).toEqual([]);
  });

  test('a school district and a conservancy are no people', () => {
    expect(people('Pinecrest Unified School District closed two campuses.\n')).toEqual([]);
    expect(people('The meadow was bought by the Blue Ridge Wildlife Conservancy in March.\n')).toEqual([]);
  });

  test('a name after "the canton of" is a place', () => {
    expect(people('Rescuers in the canton of Grisons found the hikers at dawn.\n')).toEqual([]);
  });

  test('a name only on a protest sign is no person', () => {
    expect(people('One marcher carried a sign reading “Let Mabel Sleep.” past the gates.\n')).toEqual([]);
  });

  test('near misses: a person named in the story and on a sign, and a given name with a surname-like tail', () => {
    expect(people('Tom Falk was jailed in May. A marcher carried a sign that read “Free Tom Falk” past the court.\n')).toEqual(["Tom Falk"]);
    const r = extractArticle('Mary Ann Hale said the buses would run.\n', { id: 'a' });
    expect(r.quotes[0]!.speaker_kind).toBe('person');
  });
});
