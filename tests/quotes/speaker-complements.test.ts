import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('speakers whose phrase holds a complement naming a place or a body', () => {
  test('"ROLE NAME of the BODY in CITY said": the name before "of" speaks, not the city', () => {
    const text = 'Forecaster Lena Ortiz of the Coastal Weather Office in Port Elwin said the storm would weaken overnight.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the storm')).toMatchObject({
      type: 'indirect', text: 'the storm would weaken overnight', start: 71, end: 103,
      speaker: 'Lena Ortiz', speaker_kind: 'person', cue: 'said', cue_start: 66, cue_end: 70,
    });
  });

  test('"The owner of the bankrupt chain NAME said": the description speaks, not the body in its complement', () => {
    const text = 'The owner of the bankrupt bakery chain Crumbwell said the ovens would stay cold.';
    expect(quote(text, 'the ovens')).toMatchObject({
      type: 'indirect', text: 'the ovens would stay cold', start: 54, end: 79,
      speaker: null, speaker_mention: 'The owner of the bankrupt bakery chain Crumbwell', speaker_start: 0, speaker_end: 48, cue: 'said',
    });
  });
});

describe('reports inside another report\'s content', () => {
  test('a that-clause joined by "and" to a report is the outer speaker\'s, not the subject of a cue in the first clause', () => {
    const text = 'Brodie Kestrel said the council would announce a new levy in June, and that a public hearing would follow in July.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.speaker_mention, q.cue, q.start, q.end])).toEqual([
      ['the council would announce a new levy in June', 'Brodie Kestrel', 'Brodie Kestrel', 'said', 20, 65],
      ['a public hearing would follow in July', 'Brodie Kestrel', 'Brodie Kestrel', 'said', 76, 113],
    ]);
  });

  test('"NOUN that X reported had …": the relative clause\'s report is X\'s; the noun before "that" reports nothing', () => {
    const text = 'The band closed the year with a string of arena shows that Variety reported had earned $90 million.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue, q.start, q.end])).toEqual([['had earned $90 million', 'Variety', 'reported', 76, 98]]);
  });
});

describe('"CLAUSE, according to X, who said …": the source speaks the clause', () => {
  test('an inanimate subject\'s verb ("hinted") does not keep the clause; the named source in apposition speaks it', () => {
    const text = 'The tolls hinted the bridge was losing money, according to the Harbour Ledger’s transport reporter, Tamsin Wrexley, who said on the paper’s podcast that the board was “worried.”';
    expect(quote(text, 'The tolls')).toMatchObject({
      type: 'indirect', text: 'The tolls hinted the bridge was losing money', start: 0, end: 44,
      speaker: 'Tamsin Wrexley', speaker_mention: 'Tamsin Wrexley', speaker_start: 100, speaker_end: 114, cue: 'according to', cue_start: 46, cue_end: 58,
    });
  });
});
