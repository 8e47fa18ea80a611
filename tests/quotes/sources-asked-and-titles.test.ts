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

  test('"According to the Guardian\'s review of county filings, CLAUSE": what the owned noun is of belongs to the source too', () => {
    const text = "According to the Guardian's review of county filings, 212 permits were never inspected.";
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: '212 permits were never inspected', start: at(text, '212 permits'), end: at(text, '212 permits') + '212 permits were never inspected'.length, type: 'indirect', speaker: 'The Guardian', speaker_mention: "the Guardian's", cue: 'According to', cue_start: 0, outlet: 'The Guardian' })]);
  });
});

describe('regressions: inverted-cue speaker phrases and translations opening the sentence', () => {
  test('a longer speaker phrase after an inverted cue, ended by "in YEAR" or by a name', () => {
    const a = 'Of the record, “Cold Harbour,” said the group’s original bass player in 2011.';
    expect(quotesOf(a)).toEqual([expect.objectContaining({ text: 'Cold Harbour,', start: at(a, 'Cold'), type: 'direct', speaker_mention: 'the group’s original bass player', cue: 'said' })]);
    const b = 'Of his novel, “Rain Over Tulsa,” wrote his elder brother Tomas.';
    expect(quotesOf(b)).toEqual([expect.objectContaining({ text: 'Rain Over Tulsa,', start: at(b, 'Rain'), type: 'direct', speaker: 'Tomas', cue: 'wrote' })]);
    // (A person noun after a preposition belongs to the object: still a title.)
    expect(quotesOf('Her second single, “Low Tide,” described the singer’s feelings for her sister.')).toEqual([]);
  });

  test('"According to a translation by X, CLAUSE" with no cue of words after it: the clause is reported, not the opener', () => {
    const text = 'According to a translation by the Kestrel Times, the memo warned of layoffs.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'the memo warned of layoffs', start: at(text, 'the memo'), type: 'indirect', speaker_mention: 'a translation', cue: 'According to', outlet: 'Kestrel Times' })]);
    const provided = 'According to a translation provided by the ministry, the cable asked for patience.';
    expect(quotesOf(provided)).toEqual([expect.objectContaining({ text: 'the cable asked for patience', start: at(provided, 'the cable'), type: 'indirect', speaker_mention: 'a translation', cue: 'According to', outlet: null })]);
    const that = 'According to a translation by Reuters, the memo warned that layoffs were near.';
    expect(quotesOf(that)).toEqual([expect.objectContaining({ text: 'layoffs were near', start: at(that, 'layoffs'), type: 'indirect', speaker_mention: 'the memo', cue: 'warned', outlet: 'Reuters' })]);
  });
});
