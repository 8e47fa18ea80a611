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

describe('a one-word name taken up by "It" opening the very next sentence is a body, statement or not', () => {
  test('"Seatrix said …. It added …": both the body\'s', () => {
    const text = 'Seatrix said fees were set “with the venue’s approval”. It added that demand had been weak.';
    expect(quote(text, 'with the venue')).toMatchObject({ type: 'partial', speaker: 'Seatrix', speaker_kind: 'organization', speaker_mention: 'Seatrix', cue: 'said' });
    expect(quote(text, 'demand had')).toMatchObject({
      type: 'indirect', text: 'demand had been weak', start: at(text, 'demand'), speaker: 'Seatrix', speaker_kind: 'organization',
      speaker_mention: 'It', speaker_start: at(text, 'It added'), cue: 'added', outlet: null,
    });
  });

  test('near miss: another sentence between them leaves the name a person\'s', () => {
    const text = 'Okonjo said fees were fair. The hall was half empty. It added that demand had been weak.';
    expect(quote(text, 'fees were fair')).toMatchObject({ speaker: 'Okonjo', speaker_kind: 'person' });
  });
});
