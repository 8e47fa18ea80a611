import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a body\'s name whose head comes last, its fields joined by "and", is one speaker', () => {
  test('before the cue: "The Fish and Wildlife Service said"', () => {
    const text = 'The Fish and Wildlife Service said the wolves had been counted twice.';
    expect(quote(text, 'the wolves')).toMatchObject({
      type: 'indirect', text: 'the wolves had been counted twice', speaker: 'Fish and Wildlife Service',
      speaker_mention: 'The Fish and Wildlife Service', speaker_start: 0, speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('after the cue: "said the Parks and Harbors Commission"', () => {
    const text = '“We will review every permit,” said the Parks and Harbors Commission.';
    expect(quote(text, 'We will')).toMatchObject({
      type: 'direct', speaker: 'Parks and Harbors Commission', speaker_mention: 'the Parks and Harbors Commission', speaker_start: at(text, 'the Parks'), cue: 'said',
    });
  });

  test('two people joined by "and" stay two: the nearer one speaks', () => {
    const text = 'Smith and Jones said the deal was off.';
    expect(quote(text, 'the deal')).toMatchObject({ speaker: 'Jones', cue: 'said' });
  });
});

describe('a title of one gender never resolves to a relative of the other who shares the surname', () => {
  test('"Ms. Ortega, whose husband, Luis Ortega, …": the quote is hers, not his', () => {
    const text = '“The shop stays open,” said Ms. Ortega, whose husband, Luis Ortega, opened it in 1990.';
    expect(quote(text, 'The shop')).toMatchObject({ type: 'direct', speaker: 'Ortega', speaker_mention: 'Ortega', speaker_start: at(text, 'Ortega'), cue: 'said' });
  });

  test('"Mr." after a woman of that surname is a man of his own', () => {
    const text = 'Carla Brandt runs the farm. “We lost half the crop,” said Mr. Brandt.';
    expect(quote(text, 'We lost')).toMatchObject({ type: 'direct', speaker: 'Brandt', cue: 'said' });
  });

  test('a title of the same gender still joins the full name', () => {
    const text = 'Carla Brandt runs the farm. “We lost half the crop,” Ms. Brandt said.';
    expect(quote(text, 'We lost')).toMatchObject({ type: 'direct', speaker: 'Carla Brandt', speaker_mention: 'Brandt', cue: 'said' });
  });
});

describe('"so-called" before a quoted term that modifies a noun marks scare quotes, whatever the cue', () => {
  test('"criticized the so-called “green” packaging" is no one\'s words', () => {
    const text = 'Shoppers have long criticized the so-called “green” packaging on the shelves.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a label that ends its noun phrase after a cue stays a partial', () => {
    const text = 'The mayor\'s office is already claiming victory in the so-called “harbor deal.”';
    expect(quote(text, 'harbor deal')).toMatchObject({ type: 'partial', cue: 'claiming' });
  });
});

describe('a participle after a comma whose colon opens the quotation introduces it', () => {
  test('"denied …, telling the Ledger: “…”": cue "telling", outlet Reuters', () => {
    const text = 'Omar Dlamini denied that he had signed the letter, telling Reuters: “I have never seen that page.”';
    expect(quote(text, 'I have never')).toMatchObject({
      type: 'direct', speaker: 'Omar Dlamini', cue: 'telling', cue_start: at(text, 'telling'), outlet: 'Reuters',
    });
    expect(quote(text, 'he had signed')).toMatchObject({ type: 'indirect', cue: 'denied', speaker: 'Omar Dlamini' });
  });
});

describe('a gesture verb right before a colon introduces its subject\'s words', () => {
  test('"X shrugged: “…”"', () => {
    const text = 'Asked about the gossip, Tomas Okoro shrugged: “People will say anything.”';
    expect(quote(text, 'People will')).toMatchObject({
      type: 'direct', text: 'People will say anything.', speaker: 'Tomas Okoro', speaker_start: at(text, 'Tomas'), cue: 'shrugged', cue_start: at(text, 'shrugged'),
    });
  });

  test('a thing\'s words after a colon stay no one\'s: "The plaque read: “…”"', () => {
    expect(quotesOf('The plaque read: “Built by the people of Marlow.”')).toEqual([]);
  });
});
