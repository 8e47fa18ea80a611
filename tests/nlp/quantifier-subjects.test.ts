import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a quantifier standing alone as the subject after a cue: "said none had"', () => {
  test('"none had", "most agreed", "few did" are reports of their own', () => {
    const text = 'The board met twice.\n\nOkonjo said none had.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'none had', start: at(text, 'none'), end: at(text, 'none had') + 'none had'.length,
      speaker: 'Okonjo', speaker_mention: 'Okonjo', speaker_start: at(text, 'Okonjo'), cue: 'said', outlet: null,
    }]);
    expect(quotesOf('The staff voted.\n\nTrebek said most agreed.')).toMatchObject([{ type: 'indirect', text: 'most agreed', speaker: 'Trebek', cue: 'said' }]);
    expect(quotesOf('The staff voted.\n\nTrebek said few did.')).toMatchObject([{ type: 'indirect', text: 'few did', speaker: 'Trebek', cue: 'said' }]);
    expect(quotesOf('The staff voted.\n\nTrebek said both had.')).toMatchObject([{ type: 'indirect', text: 'both had', speaker: 'Trebek', cue: 'said' }]);
  });

  test('a longer clause after the quantifier is unchanged', () => {
    expect(quotesOf('Trebek said many were angry about the delay.')).toMatchObject([{ type: 'indirect', text: 'many were angry about the delay', speaker: 'Trebek' }]);
  });

  test('near miss: "said none." with no verb, and "said so", stay as they were', () => {
    expect(quotesOf('Asked how many had signed, Trebek said none.')).toEqual([]);
    expect(quotesOf('Trebek said so.')).toMatchObject([{ type: 'indirect', text: 'so', speaker: 'Trebek' }]);
  });
});
