// Capitals and large cities named alone are a government or a place, not a person (data/cities.json), while a
// given name that is also a city, or a full name opening with one, stays a person. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { isCityNotGivenName } from '../../src/lexicon/place-names.js';

const run = (text: string) => extractArticle(text, { id: 't' });

describe('world cities named alone', () => {
  test('the gazetteer holds capitals and large cities, not given names', () => {
    expect(isCityNotGivenName('Kigali')).toBe(true);
    expect(isCityNotGivenName('Ho Chi Minh City')).toBe(true);
    expect(isCityNotGivenName('Sydney')).toBe(false);
  });

  test('a capital as subject of "said" speaks as a government', () => {
    const text = 'Border talks stalled again. Kigali said it had done nothing wrong.';
    const r = run(text);
    expect(r.entities.people).toEqual([]);
    const q = r.quotes[0]!;
    expect(q).toMatchObject({ type: 'indirect', text: 'it had done nothing wrong', speaker: 'Kigali', speaker_kind: 'organization', cue: 'said', outlet: null });
    expect([q.start, q.end]).toEqual([text.indexOf('it had'), text.length - 1]);
  });

  test('near miss: a full name opening with a city word stays a person', () => {
    const r = run('Sydney Marlowe said she would appeal the ruling.');
    expect(r.entities.people.map((p) => p.name)).toEqual(['Sydney Marlowe']);
    expect(r.quotes[0]).toMatchObject({ speaker: 'Sydney Marlowe', speaker_kind: 'person' });
  });
});
