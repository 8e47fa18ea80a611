import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a denial in apposition right after words quoted mid-sentence', () => {
  test('"X said the deal was “…,” a charge the ministry rejected.": the words are X\'s, the denial\'s verb no cue', () => {
    const text = 'Halvorsen said the deal was "a gift to the shipping lobby," a charge the ministry rejected.';
    expect(quote(text, 'a gift to')).toMatchObject({
      type: 'partial', text: 'a gift to the shipping lobby,', start: at(text, 'a gift to'), speaker: 'Halvorsen', speaker_mention: 'Halvorsen', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('the comma outside the mark, a time after the verb, and the outlet of an opening interview phrase', () => {
    const text = 'In an interview with CNN, Teodora Marsh said the audit was "a cover-up from start to finish", an allegation the council denied on Monday.';
    expect(quote(text, 'a cover-up')).toMatchObject({
      type: 'partial', text: 'a cover-up from start to finish', start: at(text, 'a cover-up'), speaker: 'Teodora Marsh', speaker_start: at(text, 'Teodora Marsh'), cue: 'said', outlet: 'CNN',
    });
  });

  test('near miss: a cue of its own after the words (no denial) still attributes them', () => {
    const text = 'The deal was "a gift to the shipping lobby," a senior opposition lawmaker said.';
    expect(quote(text, 'a gift to')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'a senior opposition lawmaker', speaker_start: at(text, 'a senior'), cue: 'said' });
  });
});
