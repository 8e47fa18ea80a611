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
