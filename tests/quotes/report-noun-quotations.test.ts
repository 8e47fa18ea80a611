import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('words quoted inside a possessed report noun\'s that-clause are the owner\'s', () => {
  test('"The mayor dismissed Okafor\'s claim that the budget was “a total mess.”"', () => {
    const text = 'The mayor dismissed Okafor\'s claim that the budget was "a total mess."';
    expect(quote(text, 'a total mess')).toMatchObject({
      type: 'partial', text: 'a total mess.', speaker: 'Okafor', speaker_start: at(text, 'Okafor'), cue: 'claim', cue_start: at(text, 'claim'),
    });
    // The report holds a quotation, so it is not repeated as an indirect quote.
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('the owner, not the subject of the sentence: "Halvik seized on Okafor\'s claim that there had been “thousands of errors”"', () => {
    const text = 'Halvik seized on Okafor\'s claim that there had been "thousands of errors" in the count.';
    expect(quote(text, 'thousands')).toMatchObject({ type: 'partial', speaker: 'Okafor', speaker_start: at(text, 'Okafor'), cue: 'claim' });
  });

  test('other report nouns and a possessive pronoun: "her warning that the pier was “a death trap”"', () => {
    const text = 'Mara Okafor spoke first. Halvik mocked her warning that the pier was "a death trap."';
    expect(quote(text, 'a death trap')).toMatchObject({ type: 'partial', speaker: 'Mara Okafor', speaker_mention: 'her', cue: 'warning' });
  });

  test('no owner: "Okafor\'s lawyer disputed the claim that …" gives the claim to no one', () => {
    const text = 'Okafor\'s lawyer disputed the claim that the count was "a total mess."';
    expect(quotesOf(text).filter((q) => q.cue === 'claim')).toEqual([]);
  });

  test('words quoted after the sentence\'s own verb are not the claim\'s: "Okafor\'s claim that the vote was rigged was “simply not true”"', () => {
    const text = 'Halvik said Okafor\'s claim that the vote was rigged was "simply not true."';
    expect(quote(text, 'simply')).toMatchObject({ type: 'partial', speaker: 'Halvik', speaker_start: 0, cue: 'said' });
  });
});

describe('a report noun that is the subject: its content ends where the sentence\'s own verb begins', () => {
  test('"Okafor\'s assertion that the vote was rigged drew anger …": the content is "the vote was rigged"', () => {
    const text = "Okafor's assertion that the vote was rigged drew anger from her rivals.";
    expect(quote(text, 'the vote')).toMatchObject({
      type: 'indirect', text: 'the vote was rigged', start: at(text, 'the vote'), speaker: 'Okafor', speaker_start: 0, cue: 'assertion',
    });
  });

  test('"Her claim that the count was wrong has been disputed."', () => {
    const text = 'Mara Okafor spoke first. Her claim that the count was wrong has been disputed.';
    expect(quote(text, 'the count')).toMatchObject({ type: 'indirect', text: 'the count was wrong', speaker: 'Mara Okafor', speaker_mention: 'Her', cue: 'claim' });
  });

  test('no verb after the clause: "Her claim was that the count was wrong." runs to the full stop', () => {
    const text = 'Mara Okafor spoke first. Her claim was that the count was wrong.';
    expect(quote(text, 'the count')).toMatchObject({ type: 'indirect', text: 'the count was wrong', cue: 'claim' });
  });

  test('a comma inside the clause leaves it as it was: the count cannot tell whose verb follows', () => {
    const text = 'His warning that as the tide rose, the pier would flood was ignored.';
    expect(quote(text, 'as the tide')).toMatchObject({ type: 'indirect', text: 'as the tide rose, the pier would flood was ignored' });
  });
});

describe('a genitive organisation and a modifier before a report noun', () => {
  test('"Elwin police\'s earlier claim that the driver fled was wrong": the owner without "\'s", the clause ending at the sentence\'s verb', () => {
    const text = "Elwin police's earlier claim that the driver fled was wrong.";
    expect(quote(text, 'the driver fled')).toMatchObject({
      type: 'indirect', text: 'the driver fled', start: at(text, 'the driver'), speaker: 'Elwin police', speaker_mention: 'Elwin police', cue: 'claim', cue_start: at(text, 'claim'),
    });
  });

  test('inside a report of its own, no second report from "claim" read as a verb', () => {
    const text = "Elwin police's earlier claim that the driver fled was wrong, the family said.";
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue])).toEqual([["Elwin police's earlier claim that the driver fled was wrong", 'the family', 'said']]);
  });
});

// cues.json quotation_complement_nouns: the owner of a speech-act noun spoke the words quoted in its complement.
describe('words quoted in the complement of a possessed speech-act noun are the owner\'s', () => {
  test('"Ruiz condemned Halvik’s pledge to “…”", "call for", "description of … as": the owner, the noun as cue', () => {
    const pledge = 'Nia Corbel condemned Oskar Halvik’s pledge to “drain the harbour swamp.”';
    expect(quote(pledge, 'drain')).toMatchObject({
      type: 'partial', text: 'drain the harbour swamp.', start: at(pledge, 'drain'), speaker: 'Oskar Halvik', speaker_start: at(pledge, 'Oskar'), cue: 'pledge', cue_start: at(pledge, 'pledge'),
    });
    const call = 'Nia Corbel praised Oskar Halvik’s call for “a full audit.”';
    expect(quote(call, 'a full audit')).toMatchObject({ type: 'partial', speaker: 'Oskar Halvik', cue: 'call', cue_start: at(call, 'call for') });
    const description = 'Nia Corbel condemned Oskar Halvik’s description of the town as “a dump.”';
    expect(quote(description, 'a dump')).toMatchObject({ type: 'partial', speaker: 'Oskar Halvik', cue: 'description' });
  });

  test('a body owns the noun too, even where the tagger reads its name as an adjective ("the union’s demand for “…”")', () => {
    const text = 'Mayor Tove Rask rejected the union’s demand for “a raise by June.”';
    expect(quote(text, 'a raise by June')).toMatchObject({
      type: 'partial', speaker: 'the union', speaker_mention: 'the union', speaker_start: at(text, 'the union'), speaker_kind: 'organization', cue: 'demand', cue_start: at(text, 'demand'),
    });
  });

  test('negative: words quoted on the noun phrase itself stay the subject\'s ("condemned Halvik’s “vile remarks”")', () => {
    const text = 'Nia Corbel condemned Oskar Halvik’s “vile remarks.”';
    expect(quote(text, 'vile remarks')).toMatchObject({ type: 'partial', speaker: 'Nia Corbel' });
  });

  test('negative: a comma between the noun and the quotation ends its complement', () => {
    const text = 'Nia Corbel mocked Oskar Halvik’s call for calm, calling it “too little, too late.”';
    expect(quote(text, 'too little')).toMatchObject({ type: 'partial', speaker: 'Nia Corbel' });
  });
});
