import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"claimed 40 lives", "declared a state of emergency": a death toll or a proclaimed act, not a report', () => {
  test('"The bridge has claimed lives before, police said.": only the police report', () => {
    const text = 'The old bridge has claimed lives before, police said.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'The old bridge')).toMatchObject({
      text: 'The old bridge has claimed lives before', type: 'indirect', start: 0, end: at(text, ','),
      speaker_mention: 'police', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"claimed the lives of" alone reports nothing', () => {
    expect(quotesOf('The storm claimed the lives of four fishermen.')).toEqual([]);
  });

  test('"declared two days of mourning" and "declared a state of emergency" report nothing', () => {
    expect(quotesOf('The mayor of Tarbes declared two days of mourning.')).toEqual([]);
    expect(quotesOf('The regional council declared a state of emergency on Friday.')).toEqual([]);
  });

  test('negative: a listed noun that is the subject of a clause still reports: "claimed the curfew was unlawful"', () => {
    const text = 'The union claimed the curfew was unlawful.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the curfew')).toMatchObject({
      text: 'the curfew was unlawful', type: 'indirect', start: at(text, 'the curfew'), end: at(text, '.'),
      speaker: 'The union', cue: 'claimed', cue_start: at(text, 'claimed'), outlet: null,
    });
  });

  test('negative: "declared that the emergency was over" still reports', () => {
    const text = 'The governor declared that the emergency was over.';
    expect(quote(text, 'the emergency')).toMatchObject({
      text: 'the emergency was over', type: 'indirect', start: at(text, 'the emergency'), end: at(text, '.'),
      speaker_mention: 'The governor', cue: 'declared', cue_start: at(text, 'declared'), outlet: null,
    });
  });
});
