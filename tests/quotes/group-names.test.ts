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
});
