import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"in the words of X, “…”": a source phrase right before the quotation', () => {
  test('a description and a name in apposition, then the quotation', () => {
    const text = 'The festival was, in the words of its director, Marta Quell, “a week of rain and good films.”';
    expect(quote(text, 'a week')).toMatchObject({
      type: 'partial', text: 'a week of rain and good films.', start: at(text, 'a week'),
      speaker: 'Marta Quell', speaker_mention: 'Marta Quell', speaker_start: at(text, 'Marta'), cue: 'in the words of', cue_start: at(text, 'in the words'), outlet: null,
    });
  });

  test('a description alone: the words only, no report of the clause around them', () => {
    const text = 'The launch was, in the words of one engineer, “a controlled disaster.”';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ type: 'partial', text: 'a controlled disaster.', speaker: null, speaker_mention: 'one engineer', cue: 'in the words of' });
  });

  test('after the quotation, or with no quotation next to it, the phrase credits no one', () => {
    expect(quotesOf('It was “a shambles from start to finish,” in the words of one clerk, and the board agreed.')[0]).toMatchObject({ text: 'a shambles from start to finish,', cue: null });
    expect(quotesOf('She was, in the words of an aide, the heir to the firm.')).toHaveLength(0);
  });
});
