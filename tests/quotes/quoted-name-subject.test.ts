import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a short quoted title opening a clause as its subject is no quotation of its own', () => {
  test('"said “Title” had …": the indirect covers the title, no direct', () => {
    const text = 'Distributors said “Lanternfall” had been sold short by its marketing.';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.type)).toEqual(['indirect']);
    expect(quote(text, '“Lanternfall”')).toMatchObject({
      type: 'indirect', text: '“Lanternfall” had been sold short by its marketing', start: at(text, '“Lanternfall”'),
      speaker: null, speaker_mention: 'Distributors', cue: 'said', outlet: null,
    });
  });

  test('a title with a subtitle after a colon, after "has said"', () => {
    const text = 'Northgate Games has said “Tidebreak II: Undertow” will be released in March.';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.type)).toEqual(['indirect']);
    expect(qs[0]).toMatchObject({ text: '“Tidebreak II: Undertow” will be released in March', start: at(text, '“Tidebreak'), speaker_mention: 'Northgate Games', cue: 'said' });
  });

  test('a title opening the sentence, the frame after its comma: one indirect, no direct', () => {
    const text = '“Lanternfall” is set to pass $90 million by Sunday, exhibitors said.';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.type)).toEqual(['indirect']);
    expect(qs[0]).toMatchObject({ text: '“Lanternfall” is set to pass $90 million by Sunday', start: 0, speaker_mention: 'exhibitors', cue: 'said' });
  });

  test('near miss: a one-word answer ending in a comma before its frame stays a direct quote', () => {
    const text = 'The minister was asked whether she would resign. “Never,” she said.';
    expect(quote(text, 'Never')).toMatchObject({ type: 'direct', text: 'Never,', start: at(text, 'Never'), speaker_mention: 'she', cue: 'said' });
  });
});

describe('a title after "hit" with a year among its modifiers is a work, not a quotation', () => {
  test('"his 2021 hit “…”" inside a report gives only the report', () => {
    const text = 'The tribunal ruled that the label must answer claims about the royalties of his 2021 hit “Neon Harbour.”';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.type)).toEqual(['indirect']);
    expect(qs[0]).toMatchObject({ speaker_mention: 'The tribunal', cue: 'ruled', start: at(text, 'the label') });
  });
});
