import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a speaker phrase never runs back over the "that" after a tell-like verb\'s hearer', () => {
  test('"assured the committee that Treasury lawyers had warned …": the phrase is "Treasury lawyers", not "the committee that Treasury lawyers"', () => {
    const text = 'Halloran assured the committee that Treasury lawyers had warned him twice: “Nothing was hidden.”';
    const last = quotesOf(text).at(-1)!;
    // (Which cue takes the colon quotation is a separate question; here only the phrase's edges.)
    expect([last.type, last.text, last.start, last.speaker_mention, last.speaker_start]).toEqual(
      ['direct', 'Nothing was hidden.', at(text, 'Nothing'), 'Treasury lawyers', at(text, 'Treasury')]);
  });
});
