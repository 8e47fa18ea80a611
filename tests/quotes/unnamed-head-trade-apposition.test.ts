// "Another resident, a schoolteacher, said": the unnamed head speaks, the apposition is its role. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an unnamed person, then what they are by trade, set off by commas', () => {
  test('the head the article brought them in by is the mention; the trade is the role', () => {
    const text = 'Another neighbour, a retired plumber, said the boiler had failed twice.';
    expect(quote(text, 'the boiler')).toMatchObject({
      text: 'the boiler had failed twice', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Another neighbour',
      speaker_start: 0, speaker_end: 'Another neighbour'.length, speaker_role: 'retired plumber', cue: 'said', outlet: null, start: at(text, 'the boiler'),
    });
    expect(extractArticle(text, { id: 't' }).entities.people).toEqual([]);
  });

  test('near miss: a relation that says more than the head ("a friend of X") stays the mention', () => {
    const text = 'Another source, a friend of Marlowe, told the Tribune that the singer had been deeply shaken.';
    expect(quote(text, 'the singer')).toMatchObject({ text: 'the singer had been deeply shaken', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'a friend of Marlowe', speaker_start: at(text, 'a friend'), cue: 'told', outlet: 'Tribune' });
  });

  test('near miss: a name before the trade is still the person', () => {
    const text = 'Lena Voss, a retired plumber, said the boiler had failed twice.';
    expect(quote(text, 'the boiler')).toMatchObject({ speaker: 'Lena Voss', speaker_kind: 'person', speaker_start: 0, cue: 'said' });
  });
  test('a definite noun no list takes for a person, then a trade: "The sponsor, a nurse, said" reports, the head unnamed', () => {
    const text = 'The bill passed on Tuesday. The sponsor, a retired nurse, said it would keep wards open.';
    expect(quote(text, 'it would')).toMatchObject({
      text: 'it would keep wards open', type: 'indirect', start: at(text, 'it would'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The sponsor',
      speaker_start: at(text, 'The sponsor'), speaker_end: at(text, 'The sponsor') + 'The sponsor'.length, speaker_role: 'retired nurse', cue: 'said', outlet: null,
    });
  });

  test('near miss: a document noun before a trade speaks for no one', () => {
    const text = 'The letter, a nurse, said the ward would close.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'The letter')).toBe(false);
  });

  test('near miss: the head inside a clause ("after the sponsor, a nurse, said") is no subject', () => {
    const text = 'Shares fell after the sponsor, a nurse, said the deal was under review.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'the sponsor')).toBe(false);
  });
});
