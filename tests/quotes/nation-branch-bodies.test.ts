import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a body\'s initials before a nation\'s name are its branch there, not a person', () => {
  test('"According to RSPB Scotland, …": an organisation speaker, and no person', () => {
    const text = 'According to RSPB Scotland, 400 pairs nested on the island.';
    expect(quote(text, '400 pairs')).toMatchObject({ text: '400 pairs nested on the island', start: at(text, '400 pairs'), end: at(text, '400 pairs') + 30, type: 'indirect', speaker: 'RSPB Scotland', speaker_kind: 'organization', cue: 'According to', outlet: null });
    expect(people(text)).not.toContain('RSPB Scotland');
  });

  test('near miss: two capitals may be a person\'s initials, "AJ Wales"', () => {
    const text = 'AJ Wales said the pairs nested on the island.';
    expect(quote(text, 'the pairs')).toMatchObject({ speaker: 'AJ Wales', speaker_kind: 'person', cue: 'said' });
  });
});

describe('a public service\'s word before a nation\'s name is that service\'s body there', () => {
  test('"Police Scotland said …": an organisation speaker, and no person', () => {
    const text = 'Police Scotland said three boats had been seized at the harbour.';
    expect(quote(text, 'three boats')).toMatchObject({ text: 'three boats had been seized at the harbour', start: at(text, 'three'), type: 'indirect', speaker: 'Police Scotland', speaker_kind: 'organization', speaker_start: 0, speaker_end: 15, cue: 'said', outlet: null });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a surname after a given name is still a person, "Ross England"', () => {
    const text = 'Ross England said three boats had been seized at the harbour.';
    expect(quote(text, 'three boats')).toMatchObject({ speaker: 'Ross England', speaker_kind: 'person' });
  });
});
