import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a name a group of people gives is no quotation, however long', () => {
  test('in the passive with "by" and the group: "was called “…” by residents"', () => {
    expect(quotesOf('The old ferry pier was called “the front porch of the harbour” by residents.')).toEqual([]);
    expect(quotesOf('For years the bakery has been known as “the place that never runs out of rye” by its regulars.')).toEqual([]);
  });

  test('in the present tense with the group as subject: "locals still call the square “…”"', () => {
    expect(quotesOf('Locals still call the market hall “the warmest room in the county.”')).toEqual([]);
    expect(quotesOf('Fans call her “the quiet engine of the midfield.”')).toEqual([]);
  });

  test('negative: a person\'s label in the passive, a stance voiced by critics, and a group\'s label on one occasion stay quotes', () => {
    const byPerson = 'The toll plan was called “a gift to the ferry owners” by Mayor Ilsa Varga, who voted against it.';
    expect(quote(byPerson, 'a gift')).toMatchObject({ type: 'partial', text: 'a gift to the ferry owners', start: at(byPerson, 'a gift'), end: at(byPerson, '” by') });
    const critics = 'The budget was dubbed “a betrayal of working families” by critics.';
    expect(quote(critics, 'a betrayal')).toMatchObject({ type: 'partial', text: 'a betrayal of working families', start: at(critics, 'a betrayal'), end: at(critics, '” by') });
    const once = 'Residents called the toll plan “a gift to the ferry owners,” and vowed to fight it.';
    expect(quote(once, 'a gift')).toMatchObject({ type: 'partial', text: 'a gift to the ferry owners,', start: at(once, 'a gift'), speaker_mention: 'Residents', speaker_start: 0, cue: 'called', cue_start: at(once, 'called') });
  });

  test('negative: a cue outside the naming clause relays a stance, which stays a quote', () => {
    const after = 'Tenants call the rent rise “a slow eviction,” the housing officer said.';
    expect(quote(after, 'a slow')).toMatchObject({ type: 'partial', text: 'a slow eviction,', start: at(after, 'a slow'), end: at(after, '” the'), speaker_mention: 'the housing officer', cue: 'said', cue_start: at(after, 'said') });
    const named = 'Fishermen call the quota change “a death sentence for the small boats,” union leader Cora Vance said.';
    expect(quote(named, 'a death')).toMatchObject({ type: 'partial', text: 'a death sentence for the small boats,', speaker: 'Cora Vance', cue: 'said', cue_start: at(named, 'said') });
    const according = 'Some call it “the least bad option,” according to Jo Sandell.';
    expect(quote(according, 'the least')).toMatchObject({ type: 'partial', text: 'the least bad option,', speaker: 'Jo Sandell', cue: 'according to', cue_start: at(according, 'according') });
    const before = 'Councillor Ravi Shah said residents call the bypass “a road to nowhere.”';
    expect(quote(before, 'a road')).toMatchObject({ type: 'partial', text: 'a road to nowhere.', speaker: 'Ravi Shah', cue: 'said', cue_start: at(before, 'said') });
    const passive = 'The woman who stopped the runaway tram was called “a true hero” by neighbours, police said.';
    expect(quote(passive, 'a true')).toMatchObject({ type: 'partial', text: 'a true hero', speaker_mention: 'police', cue: 'said', cue_start: at(passive, 'said') });
  });

  test('negative: an adjective is a verdict, not a name', () => {
    const text = 'The levy was called “unfair” by shoppers at the market, Dana Holt said.';
    expect(quote(text, 'unfair')).toMatchObject({ type: 'partial', text: 'unfair', speaker: 'Dana Holt', cue: 'said', cue_start: at(text, 'said') });
    const memo = 'Staff call the relocation “hasty,” according to an internal memo.';
    expect(quote(memo, 'hasty')).toMatchObject({ type: 'partial', text: 'hasty,', speaker_mention: 'an internal memo', cue: 'according to' });
  });
});

describe('a term of art a group uses, after "what" and a plural subject with "call", is no quotation', () => {
  test('inside a report the term is the group\'s word and the report spans it', () => {
    const text = 'Okonjo said the crew dried the hull by leaving it in what boatbuilders call “the long sleep,” a month of shade and wind.';
    const found = quotesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'indirect', text: 'the crew dried the hull by leaving it in what boatbuilders call “the long sleep,” a month of shade and wind', start: at(text, 'the crew'), speaker_mention: 'Okonjo', cue: 'said' });
  });

  test('negative: one person\'s name given on one occasion stays his words', () => {
    const text = 'Okonjo said the refit was what he called “a slow rescue.”';
    expect(quote(text, 'a slow')).toMatchObject({ type: 'partial', text: 'a slow rescue.', start: at(text, 'a slow') });
  });
});
