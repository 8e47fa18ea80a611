// "A shopper, a retired nurse, said": a member of the public the article does not name speaks, the apposition
// is their trade. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an unnamed member of the public as the speaker', () => {
  test('a shopper, then their trade set off by commas: the shopper is the mention, the trade the role', () => {
    const text = 'A shopper, a retired welder, said the price of bread had doubled since spring.';
    expect(quote(text, 'the price')).toMatchObject({
      text: 'the price of bread had doubled since spring', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'A shopper',
      speaker_start: 0, speaker_end: 'A shopper'.length, speaker_role: 'retired welder', cue: 'said', cue_start: at(text, 'said'), outlet: null, start: at(text, 'the price'),
    });
  });

  test('a passenger and a tenant, with and without an apposition', () => {
    const text = 'One passenger, a retired teacher, said the ferry left without warning.';
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'One passenger', speaker_role: 'retired teacher', cue: 'said' });
    const plain = 'One tenant told the Courier that the lift had been broken for a month.';
    expect(quote(plain, 'the lift')).toMatchObject({ text: 'the lift had been broken for a month', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'One tenant', cue: 'told', outlet: 'Courier' });
  });

  test('near miss: a public noun used as a modifier is no speaker; the noun it modifies heads the subject', () => {
    const text = 'A commuter rail operator said the line would reopen on Monday.';
    const q = quote(text, 'the line');
    expect(q.speaker_mention).toBe('A commuter rail operator');
    const group = 'A tenant group said rents had risen by a third.';
    expect(quote(group, 'rents')).toMatchObject({ speaker: 'A tenant group', speaker_kind: 'organization' });
    expect(quotesOf('The commuter train was late again, and the carriage was full.')).toEqual([]);
  });
});
