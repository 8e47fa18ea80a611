// A body's name kept in its own language, joined by small words. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('"The Musée des Arts Royaux said": a foreign body\'s name is whole, an organisation', () => {
  test('a French museum\'s name is not cut at "des" into a person', () => {
    const text = 'The Musée des Tapisseries Anciennes said the loan had been withdrawn.';
    expect(quote(text, 'the loan')).toMatchObject({
      text: 'the loan had been withdrawn', type: 'indirect', start: at(text, 'the loan'), speaker: 'Musée des Tapisseries Anciennes',
      speaker_kind: 'organization', speaker_start: at(text, 'Musée'), speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('an Italian theatre\'s name after the quotation', () => {
    const text = 'The premiere was postponed, the Teatro alla Marina said.';
    expect(quote(text, 'The premiere')).toMatchObject({
      text: 'The premiere was postponed', type: 'indirect', start: 0, speaker: 'Teatro alla Marina', speaker_kind: 'organization',
      speaker_start: at(text, 'Teatro'), speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a person with a small particle in the surname stays a person', () => {
    const text = 'Ines de Brito said the loan had been withdrawn.';
    expect(quote(text, 'the loan')).toMatchObject({ speaker: 'Ines de Brito', speaker_kind: 'person', cue: 'said' });
  });
});
