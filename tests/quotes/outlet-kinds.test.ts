import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('an outlet named after the kind of outlet it is', () => {
  test('"told the newspaper Harbour Tidings" gives the name, known or not', () => {
    const text = 'Mara Okafor told the newspaper Harbour Tidings that the port would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the port would reopen', start: 52, end: 73, speaker: 'Mara Okafor', cue: 'told', outlet: 'Harbour Tidings' }]);
  });

  test('"speaking to state broadcaster ELW" after a small-letter word', () => {
    const text = 'Speaking to state broadcaster ELW, Mara Okafor said the port would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the port would reopen', speaker: 'Mara Okafor', cue: 'said', outlet: 'ELW' }]);
  });

  test('a day after the kind of outlet is no name', () => {
    const text = 'Mara Okafor told the newspaper Monday that the port would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the port would reopen', outlet: null }]);
  });
});
