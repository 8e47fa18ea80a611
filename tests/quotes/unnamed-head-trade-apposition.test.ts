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

describe('a definite person opening the clause, then an age or an indefinite description', () => {
  test('"The tenant, 58, said that …" with a partial: the head speaks, unnamed', () => {
    const text = 'The tenant, 58, said that she had been “left in the cold” all winter.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['left in the cold']);
    expect(quote(text, 'left in')).toMatchObject({
      text: 'left in the cold', type: 'partial', start: at(text, 'left in'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The tenant',
      speaker_start: 0, speaker_end: 'The tenant'.length, cue: 'said', outlet: null,
    });
  });

  test('"The tenant, a 58-year-old baker who rents the flat, told the paper that …": the head speaks, past the relative clause', () => {
    const text = 'The tenant, a 58-year-old baker who rents the flat, told the Ledger that she had been “left in the cold” all winter.';
    expect(quote(text, 'left in')).toMatchObject({
      text: 'left in the cold', type: 'partial', start: at(text, 'left in'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The tenant',
      speaker_start: 0, speaker_end: 'The tenant'.length, cue: 'told', outlet: 'Ledger',
    });
  });

  test('near miss: a name with an age is still the named person', () => {
    const text = 'Mara Quill, 58, said that she had been “left in the cold” all winter.';
    expect(quote(text, 'left in')).toMatchObject({ type: 'partial', speaker: 'Mara Quill', speaker_kind: 'person', speaker_mention: 'Mara Quill', speaker_start: 0 });
  });

  test('near miss: a body noun with a number after it speaks for no one', () => {
    const text = 'The account, 58, said that she had been “left in the cold” all winter.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'The account')).toBe(false);
  });

  test('near miss: a description in apposition to a name, then another, leaves the name speaking', () => {
    const text = 'Ivo Brandt, the trade minister of Norway, a member of the port board, said the quay would reopen.';
    expect(quote(text, 'the quay')).toMatchObject({ text: 'the quay would reopen', type: 'indirect', speaker: 'Ivo Brandt', speaker_kind: 'person', speaker_mention: 'Ivo Brandt', speaker_start: 0, cue: 'said' });
  });
});
