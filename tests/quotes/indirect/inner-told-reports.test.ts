import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"told X where/when …" or "told X to V" inside another report is no report of its own', () => {
  test('"According to police, Dahl had told a neighbour where he was going …": one report', () => {
    const text = 'According to police, Dahl had told a neighbour where he was going but had not taken a phone.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'Dahl')).toMatchObject({
      type: 'indirect', text: 'Dahl had told a neighbour where he was going but had not taken a phone', start: at(text, 'Dahl'),
      speaker: 'police', cue: 'According to', cue_start: 0, outlet: null,
    });
  });

  test('"Vance said he told her to rest": one report, Vance\'s', () => {
    const text = 'Vance said he told her to rest before the final.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'he told')).toMatchObject({
      type: 'indirect', text: 'he told her to rest before the final', start: at(text, 'he told'), speaker: 'Vance', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: "Vance said Reed told her that …" keeps Reed\'s own report', () => {
    const text = 'Vance said Reed told her that the final was moved.';
    expect(quote(text, 'the final')).toMatchObject({
      type: 'indirect', text: 'the final was moved', start: at(text, 'the final'), speaker: 'Reed', cue: 'told', cue_start: at(text, 'told'),
    });
  });
});
