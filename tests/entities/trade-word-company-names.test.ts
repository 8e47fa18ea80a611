// A company's name ending in its line of trade ("… Music", "… Tours", "… Pictures") is a body, no person, as
// speaker and as entity. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 't' });

describe('trade words ending a name make it a company', () => {
  test('a label named with "Music" speaks as an organisation', () => {
    const text = 'Larkspur Music said it would appeal the ruling.';
    const r = run(text);
    expect(r.entities.people).toEqual([]);
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q).toMatchObject({ type: 'indirect', text: 'it would appeal the ruling', speaker: 'Larkspur Music', speaker_kind: 'organization', cue: 'said', outlet: null });
    expect([q.start, q.end]).toEqual([text.indexOf('it would'), text.indexOf('.')]);
  });

  test('"The chief of ORG, NAME, said": the name speaks, the company is no person', () => {
    const text = 'The chief of Corvel Tours, Marta Lindqvist, said bookings had halved.';
    const r = run(text);
    expect(r.entities.people.map((p) => p.name)).toEqual(['Marta Lindqvist']);
    const q = r.quotes[0]!;
    expect(q).toMatchObject({ type: 'indirect', text: 'bookings had halved', speaker: 'Marta Lindqvist', speaker_kind: 'person', cue: 'said', outlet: null });
    expect([q.start, q.end]).toEqual([text.indexOf('bookings'), text.indexOf('.')]);
  });

  test('studios, games and travel firms too', () => {
    expect(run('Shares in Harrowgate Pictures fell after Tamsin Games cut jobs and Eastline Travel closed.').entities.people).toEqual([]);
  });

  test('near miss: a surname that only looks like a trade word stays a person', () => {
    const r = run('Tom Travers said he would appeal the ruling.');
    expect(r.entities.people.map((p) => p.name)).toEqual(['Tom Travers']);
    expect(r.quotes[0]).toMatchObject({ speaker: 'Tom Travers', speaker_kind: 'person' });
  });
});
