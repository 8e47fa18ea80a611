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

  test('near miss: a magazine paragraphs back is not "the newspaper" of a paper the gazetteer does not know', () => {
    const text = [
      'Billboard reported last month that the label had warned the band before the album came out, and that two of its songs had been cut at the last minute on the advice of its lawyers.',
      'The band has not commented. The tour manager, Ana Leal, who travelled with the group for six years and now runs a small agency of her own in the city, told the Harbor Statesman that she had not been consulted.',
      '“I just want the music back,” she told the newspaper.',
    ].join('\n\n');
    expect(quote(text, 'I just want').outlet).toBe('Harbor Statesman');
  });
});
