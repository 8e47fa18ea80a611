import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a plural cue noun between a bare noun and an -ing modifier', () => {
  test('"insurance reports involving …" is a noun phrase inside the report, no second report', () => {
    const text = 'Analysts said insurance reports involving floods are rarely accurate.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      text: 'insurance reports involving floods are rarely accurate', start: at(text, 'insurance'), type: 'indirect',
      speaker_mention: 'Analysts', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
