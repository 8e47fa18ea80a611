import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a capitalised partial handed to a person right past its comma is that person’s words', () => {
  test('"…,” his spokesman said": a role noun speaks', () => {
    const text = 'The senator won praise for “Standing Firm,” his spokesman said.';
    expect(quote(text, 'Standing Firm')).toMatchObject({
      type: 'partial', text: 'Standing Firm,', start: at(text, 'Standing'), end: at(text, '”'),
      speaker_mention: 'his spokesman', cue: 'said', outlet: null,
    });
  });

  test('"…,” coach NAME said": a titled name speaks', () => {
    const text = 'The team turned in “Not Our Best Game,” coach Ivan Petrov said.';
    expect(quote(text, 'Not Our Best Game')).toMatchObject({
      type: 'partial', text: 'Not Our Best Game,', start: at(text, 'Not'), end: at(text, '”'),
      speaker: 'Ivan Petrov', speaker_mention: 'Ivan Petrov', cue: 'said', outlet: null,
    });
  });

  test('negative: a title the sentence introduces stays a title, whoever speaks after it', () => {
    for (const text of [
      'The band released the album “Quiet Harbor Nights,” its manager said.',
      'The documentary was called “Blue Winter Sky,” director Ana Ruiz said.',
      'She won an award for “Blue Winter Sky,” her agent said.',
    ]) expect(quotesOf(text).filter((q) => q.type === 'partial')).toEqual([]);
  });

  test('negative: no person between the comma and the cue leaves the title rule alone', () => {
    const text = 'The plan was “Fully Funded Now,” the ministry said.';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toEqual([]);
  });
});
