// A journal named in apposition ("The journal, Cortex Reports,") is a body, no person. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a journal named in apposition is no person', () => {
  test('"The journal, Halden Letters, said" names a body', () => {
    const text = 'The journal, Halden Letters, said it would withdraw the study.';
    expect(quote(text, 'it would withdraw')).toMatchObject({
      type: 'indirect', text: 'it would withdraw the study', start: at(text, 'it would withdraw'), end: text.length - 1,
      speaker: 'Halden Letters', speaker_mention: 'Halden Letters', cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a full name after "In the journal," stays a person', () => {
    expect(people('In the journal, Ana Ruiz wrote about her garden.')).toEqual(['Ana Ruiz']);
  });
});
