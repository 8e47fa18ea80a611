import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a chant of an unnamed crowd after a name the frame took is no quote', () => {
  test('"workers gathered and chanted" after a plant named as the place: no quote, whatever the frame took as speaker', () => {
    const text = 'Outside the Harlow Bottling Plant on Monday morning, workers gathered and chanted "Pay us what we earn" as buses passed.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('the place may end just before the crowd, after a comma: "Outside the Harlow Bottling Plant, workers …"', () => {
    const text = 'Outside the Harlow Bottling Plant, workers gathered and chanted "Pay us what we earn" as buses passed.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: with no name taken, a crowd\'s chant stays the crowd\'s ("The protesters chanted")', () => {
    const text = 'The protesters chanted "Hands off our clinic" until the mayor left.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'Hands off our clinic', start: at(text, 'Hands'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'The protesters', speaker_start: 0, cue: 'chanted', cue_start: at(text, 'chanted'), outlet: null,
    }]);
  });

  test('near miss: a named crowd ("Dunmore workers") keeps its chant', () => {
    const text = 'Dozens of Dunmore workers chanted "Pay us what we earn" at the gate.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'Pay us what we earn', start: at(text, 'Pay us'), end: at(text, '" at'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'Dozens of Dunmore workers', speaker_start: 0, cue: 'chanted', cue_start: at(text, 'chanted'), outlet: null,
    }]);
  });
});
