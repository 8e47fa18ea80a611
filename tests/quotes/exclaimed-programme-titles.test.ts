import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a programme title that keeps its "!" right after "on" is no quotation', () => {
  test('"appeared on “…!” on Friday" gives no quote', () => {
    expect(quotesOf('The chef, Rosa Delgado, appeared on "Wake Up Early!" on Friday.')).toEqual([]);
  });

  test('negative: a cue after the mark keeps the words as speech', () => {
    const text = 'Rosa Delgado appeared on "Wake Up Early!" said her publicist.';
    expect(quote(text, 'Wake Up Early!')).toMatchObject({ text: 'Wake Up Early!', type: 'partial', start: at(text, 'Wake'), end: at(text, 'Wake') + 14, speaker: null, speaker_mention: 'her publicist', cue: 'said', outlet: null });
  });
});

describe('"at the close/end of “…”" names a programme, no quotation', () => {
  test('the programme after "told viewers at the end of" is dropped, the quotation before it kept', () => {
    const text = '"We closed the kitchen for good," Delgado told viewers at the end of "Harbour Kitchen Live."';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'We closed')).toMatchObject({ text: 'We closed the kitchen for good,', type: 'direct', start: 1, end: 32, speaker: 'Delgado', cue: 'told', cue_start: at(text, 'told'), outlet: null });
  });
});
