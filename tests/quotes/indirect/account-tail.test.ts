import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('", according to X" closing a named speaker\'s report', () => {
  test('"…, according to aides." is cut from the content, which ends before the comma', () => {
    const text = 'Nadia Ferro said the ferry levy would be shelved until spring, according to aides.';
    const q = quote(text, 'the ferry levy');
    expect(q).toMatchObject({ text: 'the ferry levy would be shelved until spring', type: 'indirect', speaker: 'Nadia Ferro', cue: 'said', outlet: null });
    expect(q.start).toBe(at(text, 'the ferry levy'));
    expect(q.end).toBe(at(text, ', according'));
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('a longer source, "two people familiar with the talks", is cut as well', () => {
    const text = 'Owen Tarrant told the board the merger would close by June, according to two people familiar with the talks.';
    const q = quote(text, 'the merger');
    expect(q).toMatchObject({ text: 'the merger would close by June', type: 'indirect', speaker: 'Owen Tarrant', cue: 'told' });
    expect(q.start).toBe(at(text, 'the merger'));
    expect(q.end).toBe(at(text, ', according'));
  });

  test('an outlet\'s account is cut too and gives the outlet', () => {
    const text = 'Nadia Ferro said the ferry levy would be shelved until spring, according to Reuters.';
    const q = quote(text, 'the ferry levy');
    expect(q).toMatchObject({ text: 'the ferry levy would be shelved until spring', type: 'indirect', speaker: 'Nadia Ferro', cue: 'said', outlet: 'Reuters' });
    expect(q.end).toBe(at(text, ', according'));
  });

  test('after "told OUTLET that", another outlet\'s account is cut and the outlet told stays', () => {
    const text = 'Iker Sagasta told El Diario Vasco that the quay was rebuilt, according to La Voz de Irun.';
    const q = quote(text, 'the quay');
    expect(q).toMatchObject({ text: 'the quay was rebuilt', start: at(text, 'the quay'), end: at(text, ', according'), type: 'indirect', speaker: 'Iker Sagasta', cue: 'told', outlet: 'El Diario Vasco' });
  });

  test('a standard kept to, "according to protocol", is no source: the tail stays in the content', () => {
    const text = 'Captain Ida Marsh said the crew had secured the hatch, according to protocol.';
    const q = quote(text, 'the crew');
    expect(q).toMatchObject({ text: 'the crew had secured the hatch, according to protocol', speaker: 'Ida Marsh', cue: 'said', outlet: null });
    expect(q.end).toBe(at(text, '.'));
  });

  test('"according to the terms of the lease" stays too', () => {
    const text = 'Paul Veer said the tenants would leave in May, according to the terms of the lease.';
    expect(quote(text, 'the tenants').text).toBe('the tenants would leave in May, according to the terms of the lease');
  });

  test('a poll as the source is cut like a person', () => {
    const text = 'Paul Veer said the council was losing support, according to a poll released Sunday.';
    const q = quote(text, 'the council');
    expect(q.text).toBe('the council was losing support');
    expect(q.end).toBe(at(text, ', according'));
  });

  test('an outlet named inside the account, "a report in OUTLET", keeps the tail and gives the outlet', () => {
    const text = 'Paul Veer said the mill was sold in March, according to a report in The Wall Street Journal.';
    const q = quote(text, 'the mill');
    expect(q).toMatchObject({ text: 'the mill was sold in March, according to a report in The Wall Street Journal', speaker: 'Paul Veer', cue: 'said', outlet: 'The Wall Street Journal' });
    expect(q.end).toBe(at(text, '.'));
  });

  test('an account that does not close the sentence (a relative clause on it) is not cut, and "called X ADJ" reports nothing', () => {
    const text = 'Tessa Crane said she had never signed the lease, according to her attorney, who called the lawsuit frivolous.';
    const q = quote(text, 'she had never');
    expect(q).toMatchObject({ text: 'she had never signed the lease, according to her attorney, who called the lawsuit frivolous', speaker: 'Tessa Crane', cue: 'said' });
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('a source with a relative clause, "an usher who was there", is a person: cut', () => {
    const text = 'Paul Veer said the show would close early, according to an usher who was there.';
    expect(quote(text, 'the show').text).toBe('the show would close early');
  });
});

describe('a closing account of documents an outlet saw is no part of the report', () => {
  test('"…, according to court filings seen by Reuters": the content ends before the account, the outlet stays', () => {
    const text = 'Dana Whitlow resigned in May, claiming that the board had ignored her warnings, according to court filings seen by Reuters.';
    expect(quote(text, 'the board')).toMatchObject({
      type: 'indirect', text: 'the board had ignored her warnings', start: at(text, 'the board'), end: at(text, ', according'),
      speaker: 'Dana Whitlow', speaker_mention: 'Dana Whitlow', speaker_start: 0, cue: 'claiming', outlet: 'Reuters',
    });
  });

  test('near miss: an outlet\'s account with a relative clause on it does not close the report: not cut', () => {
    const text = 'Dana Whitlow said the board had ignored her warnings, according to Reuters, which said the board declined to comment.';
    expect(quote(text, 'the board had')).toMatchObject({ type: 'indirect', speaker: 'Dana Whitlow', cue: 'said' });
    expect(quote(text, 'the board had').text).toContain('according to Reuters');
  });
});
