// A kind of body opening the sentence before the body's one-word name. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('"Airline Skyhop said": a capitalised kind noun opening the sentence is the body\'s kind', () => {
  test('the name after it is the organisation, no person', () => {
    const text = 'Retailer Brindmoor said it would close nine stores.';
    expect(quote(text, 'it would close')).toMatchObject({
      text: 'it would close nine stores', type: 'indirect', speaker: 'Brindmoor', speaker_kind: 'organization', speaker_mention: 'Brindmoor',
      speaker_start: at(text, 'Brindmoor'), speaker_end: at(text, 'Brindmoor') + 'Brindmoor'.length, cue: 'said', outlet: null, start: at(text, 'it would'),
    });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a kind word before an English word may be the name itself ("Network Rail") and is left whole', () => {
    const text = 'Network Rail said it would close two lines.';
    expect(quote(text, 'it would close')).toMatchObject({ speaker_mention: 'Network Rail', speaker_start: 0, cue: 'said' });
  });
});
