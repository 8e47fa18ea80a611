import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a one-word statement issuer taken up as "it" is a body', () => {
  const text = 'The tour was cancelled on Tuesday. Brightwick said in a statement that all tickets would be refunded. It added that new dates would follow.';

  test('both reports are the body\'s, the "it" one resolved to its name', () => {
    expect(quote(text, 'all tickets')).toMatchObject({
      type: 'indirect', text: 'all tickets would be refunded', start: at(text, 'all tickets'),
      speaker: 'Brightwick', speaker_kind: 'organization', speaker_mention: 'Brightwick', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(quote(text, 'new dates')).toMatchObject({
      type: 'indirect', text: 'new dates would follow', speaker: 'Brightwick', speaker_kind: 'organization', speaker_mention: 'It', cue: 'added', outlet: null,
    });
  });

  test('the body is listed among no people', () => {
    expect(entityNames(text).people).toEqual([]);
  });

  test('near miss: a statement issuer taken up as "he" stays a person', () => {
    const person = 'The tour was cancelled on Tuesday. Brightwick said in a statement that all tickets would be refunded. He added that new dates would follow.';
    expect(quote(person, 'all tickets')).toMatchObject({ speaker: 'Brightwick', speaker_kind: 'person' });
    expect(entityNames(person).people).toEqual(['Brightwick']);
  });
});
