import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// The gold sets annotate no "noticed that", "discovered that", "realised that": something seen or
// understood, not said.
describe('verbs of noticing and understanding are no cues', () => {
  test('"noticed that", "discovered that", "realised that", "realized that" report nothing', () => {
    for (const text of [
      'A waiter noticed that Ilse Marrow had a notebook under her coat.',
      'An inspector discovered that the ledger was missing two pages.',
      'The coach realised that his goalkeeper was limping.',
      'Ferry staff realized that the ramp had jammed.',
    ]) expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: "said that" in the same sentence still reports', () => {
    const text = 'An inspector said that the ledger was missing two pages.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the ledger')).toMatchObject({
      type: 'indirect', text: 'the ledger was missing two pages', start: at(text, 'the ledger'), end: text.length - 1,
      speaker_mention: 'An inspector', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a study\'s "found that" still reports its finding', () => {
    const text = 'The audit found that the ledger was missing two pages.';
    expect(quote(text, 'the ledger')).toMatchObject({ type: 'indirect', text: 'the ledger was missing two pages', speaker_mention: 'The audit', cue: 'found' });
  });
});
