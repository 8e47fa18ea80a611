// A government department named by its one noun ("the Treasury", "the Exchequer") is a body, never a person.
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('government departments named by one noun are no people', () => {
  test('a quote said by the Treasury is the department\'s', () => {
    const text = 'The Treasury said it would cap energy bills for a year.';
    expect(quote(text, 'it would cap')).toMatchObject({
      type: 'indirect', text: 'it would cap energy bills for a year', start: at(text, 'it would cap'), end: text.length - 1, speaker: 'Treasury',
      speaker_kind: 'organization', speaker_mention: 'Treasury', speaker_start: at(text, 'Treasury'), cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a person who works at the Treasury stays a person', () => {
    expect(people('Helen Marsh, 51, a former official at the Treasury, declined to comment.')).toEqual(['Helen Marsh']);
  });
});
