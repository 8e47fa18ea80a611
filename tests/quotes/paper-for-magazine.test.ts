import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"told the paper" after a magazine named alone: a trade magazine is called a paper', () => {
  test('the magazine named before gets the words given to "the paper"', () => {
    const text = 'Billboard broke the news of the tour on Friday. A promoter told the paper that ticket sales had slowed.';
    expect(quote(text, 'ticket sales')).toMatchObject({
      type: 'indirect', text: 'ticket sales had slowed', start: at(text, 'ticket sales'),
      speaker: null, speaker_kind: 'anonymous', speaker_mention: 'A promoter', speaker_start: at(text, 'A promoter'),
      cue: 'told', cue_start: at(text, 'told'), outlet: 'Billboard',
    });
  });

  test('near miss: a newspaper named in between is the paper, and a broadcaster is never one', () => {
    const both = 'Billboard broke the news of the tour on Friday. The Guardian followed it up. A promoter told the paper that ticket sales had slowed.';
    expect(quote(both, 'ticket sales').outlet).toBe('The Guardian');
    const broadcaster = 'NRK broke the news of the tour on Friday. A promoter told the paper that ticket sales had slowed.';
    expect(quote(broadcaster, 'ticket sales').outlet).toBeNull();
    const reverse = 'The Guardian broke the news of the tour on Friday. A promoter told the magazine that ticket sales had slowed.';
    expect(quote(reverse, 'ticket sales').outlet).toBeNull();
  });
});
