import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'bodies' });
const people = (text: string) => run(text).entities.people.map((p) => p.name);

describe('people: a group that names itself is no person', () => {
  test('"a group calling itself Iron Wren" rejects the name at every mention, the later quote keeps its speaker', () => {
    const text = 'A group calling itself Iron Wren claimed the attack. Priya Rao, a researcher, said Iron Wren had emerged last year.';
    const r = run(text);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Priya Rao']);
    expect(r.quotes.map((q) => [q.text, q.type, q.start, q.end, q.speaker, q.cue, q.outlet])).toEqual([['Iron Wren had emerged last year', 'indirect', 83, 114, 'Priya Rao', 'said', null]]);
  });

  test('"a man calling himself Tom Baxter" still names a person (negative case)', () => {
    expect(people('A man calling himself Tom Baxter phoned the clinic.')).toEqual(['Tom Baxter']);
  });
});

describe('people: a health body\'s name word ends no person\'s name', () => {
  test('"Juniper Ridge Health" is an organisation, the agent quoted about it a person', () => {
    const text = '“We are working closely with Juniper Ridge Health,” Agent Tom Hale said. Juniper Ridge Health said it had restored email.';
    const r = run(text);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Tom Hale']);
    expect(r.quotes[0]).toMatchObject({ text: 'We are working closely with Juniper Ridge Health,', type: 'direct', start: 1, end: 50, speaker: 'Tom Hale', cue: 'said', outlet: null });
  });
});

describe('people: a local division\'s last word (Township, Borough, County, Parish) names a place', () => {
  test('"of Marlow Township" after a speaker\'s age is where she lives', () => {
    const text = 'Tom Reyes, 52, of Marlow Township, said the water was brown.';
    const r = run(text);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Tom Reyes']);
    expect(r.quotes.map((q) => [q.text, q.type, q.start, q.end, q.speaker, q.cue])).toEqual([['the water was brown', 'indirect', 40, 59, 'Tom Reyes', 'said']]);
  });

  test('a given name before "Parish" who speaks stays a person (negative case)', () => {
    expect(people('Sarah Parish said the show would return.')).toEqual(['Sarah Parish']);
  });
});
