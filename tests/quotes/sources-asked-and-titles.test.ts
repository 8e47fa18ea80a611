import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"when asked by X, who …, whether …": a relative clause on the asker does not hide the question put in words', () => {
  test('the indirect question is kept, as without the relative clause', () => {
    const text = '“We have no plans to sell,” Lena Ortiz said when asked by a reporter, who works for Reuters, whether the firm would sell.';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({ text: 'We have no plans to sell,', start: at(text, 'We have'), type: 'direct', speaker: 'Lena Ortiz', cue: 'said', outlet: null }),
      expect.objectContaining({ text: 'when asked by a reporter, who works for Reuters, whether the firm would sell', start: at(text, 'when asked'), type: 'indirect', speaker: 'Lena Ortiz', cue: 'said', outlet: null }),
    ]);
  });
});

describe('a title in apposition followed by a verb and a possessive object is no quotation', () => {
  test('"The album\'s title track, “Salt and Iron,” described the singer\'s grief.": nothing', () => {
    expect(quotesOf("The album's title track, “Salt and Iron,” described the singer's grief.")).toEqual([]);
    expect(quotesOf('The band’s second single, “Low Tide,” recalled the drummer’s childhood.')).toEqual([]);
  });

  test('an inverted speaker that ends its clause still makes the quotation speech', () => {
    const text = 'Of the new record, “Pure joy from start to finish,” wrote one critic on Tuesday.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'Pure joy from start to finish,', start: at(text, 'Pure joy'), type: 'direct', cue: 'wrote' })]);
  });
});

describe('a translation by an outlet names the outlet, not a source of its own', () => {
  test('", according to an AP translation of the speech." closing the sentence', () => {
    const text = '“We will not retreat,” Oleh Marchenko said, according to an Associated Press translation of the speech.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'We will not retreat,', start: at(text, 'We will'), type: 'direct', speaker: 'Oleh Marchenko', cue: 'said', outlet: 'Associated Press' })]);
  });

  test('"According to a Reuters translation, X said …": one report, by X, carried by Reuters', () => {
    for (const [opener, outlet] of [['According to a Reuters translation', 'Reuters'], ['According to a translation by the BBC', 'BBC']]) {
      const text = `${opener}, Oleh Marchenko said the army would not retreat.`;
      expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'the army would not retreat', start: at(text, 'the army'), type: 'indirect', speaker: 'Oleh Marchenko', cue: 'said', outlet })]);
    }
  });
});

describe('"According to OUTLET\'s correspondent, CLAUSE": the owned noun is the source\'s too, the clause starts after its comma', () => {
  test('"the Guardian\'s Paris correspondent" and "Reuters\' Tokyo bureau chief" (the outlet stands for its staff, as for "Variety\'s film critic")', () => {
    const guardian = "According to the Guardian's Paris correspondent, the talks collapsed on Tuesday.";
    expect(quotesOf(guardian)).toEqual([expect.objectContaining({ text: 'the talks collapsed on Tuesday', start: at(guardian, 'the talks'), type: 'indirect', speaker: 'The Guardian', speaker_mention: "the Guardian's", cue: 'According to', outlet: 'The Guardian' })]);
    const reuters = "According to Reuters' Tokyo bureau chief, the yen would weaken.";
    expect(quotesOf(reuters)).toEqual([expect.objectContaining({ text: 'the yen would weaken', start: at(reuters, 'the yen'), type: 'indirect', speaker: 'Reuters', speaker_mention: 'Reuters', cue: 'According to', outlet: 'Reuters' })]);
  });
});
