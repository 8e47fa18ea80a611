import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 'v' }).entities.people.map((p) => p.name);

describe('a venue\'s name and a name taking ", which" are bodies, not people', () => {
  test('"Harlow Arena wrote": a name ending in a venue word is a body', () => {
    const text = '"The show is cancelled," Harlow Arena wrote on Tuesday.';
    expect(quote(text, 'The show')).toMatchObject({
      type: 'direct', text: 'The show is cancelled,', start: 1,
      speaker: 'Harlow Arena', speaker_kind: 'organization', speaker_mention: 'Harlow Arena', speaker_start: at(text, 'Harlow'),
      cue: 'wrote', cue_start: at(text, 'wrote'), outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('"Kestor Live, which booked the tour, said": a body, and "the company" after it is that body', () => {
    const text = 'Kestor Live, which booked the tour, said in a statement that tickets would be refunded. The company said it had been misled.';
    expect(quote(text, 'tickets')).toMatchObject({
      type: 'indirect', text: 'tickets would be refunded', start: at(text, 'tickets'),
      speaker: 'Kestor Live', speaker_kind: 'organization', speaker_mention: 'Kestor Live', speaker_start: 0, cue: 'said', outlet: null,
    });
    expect(quote(text, 'it had')).toMatchObject({ speaker: 'Kestor Live', speaker_kind: 'organization', speaker_mention: 'The company' });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a person before ", who" stays a person', () => {
    const text = 'Dana Kestor, who booked the tour, said in a statement that tickets would be refunded.';
    expect(quote(text, 'tickets')).toMatchObject({ speaker: 'Dana Kestor', speaker_kind: 'person', cue: 'said' });
  });
});
