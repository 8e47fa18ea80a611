import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a speaker known by the surname alone takes the full name written only inside a quotation', () => {
  test('"“… Helen Varko is the winner,” the judge said. Later, Varko said …" is Helen Varko', () => {
    const text = '"I can confirm that Helen Varko is the winner," the chief judge said. Accepting the trophy, Varko said the course had been brutal.';
    expect(quote(text, 'the course')).toMatchObject({
      type: 'indirect', text: 'the course had been brutal', start: at(text, 'the course'), speaker: 'Helen Varko', speaker_kind: 'person', speaker_mention: 'Varko', speaker_start: at(text, 'Varko said'), cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toContain('Helen Varko');
  });

  test('near-miss: two full names with that surname in the quotations leave the surname alone', () => {
    const text = '"Helen Varko and Paul Varko ran it together," the chief judge said. Accepting the trophy, Varko said the course had been brutal.';
    expect(quote(text, 'the course')).toMatchObject({ type: 'indirect', speaker: 'Varko', speaker_mention: 'Varko', cue: 'said', outlet: null });
  });
});
