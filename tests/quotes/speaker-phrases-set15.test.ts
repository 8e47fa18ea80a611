import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('speaker phrases: a possessive before a capitalised modifier, an age epithet before a participle apposition', () => {
  test('"its US distributor said": the possessive opens the description, a capital word after it does not cut it', () => {
    const text = 'The cartoon feature will open in 400 cinemas next month, its US distributor said on Monday.';
    expect(quote(text, 'The cartoon')).toMatchObject({
      type: 'indirect', text: 'The cartoon feature will open in 400 cinemas next month', speaker_mention: 'its US distributor',
      speaker_start: at(text, 'its US'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"The 24-year-old, playing only her third World Cup, said": the age epithet speaks, not the capitalised noun in the apposition', () => {
    const text = 'Maria Lopez scored twice in the final. The 24-year-old, playing only her third World Cup, said the win was "for my mother".';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'for my mother', start: at(text, 'for my mother'), speaker: 'Maria Lopez', speaker_mention: 'The 24-year-old',
      speaker_start: at(text, 'The 24-year-old'), cue: 'said', outlet: null,
    }]);
  });
});

describe('an occasion opener before a title-led speaker is no content', () => {
  test('"Asked whether …, Ms Carver said: “…”" gives the answer only, not the question as her report', () => {
    const text = 'The council voted on Tuesday. Asked whether she would run again before the vote, Ms Carver said: "Never. I am done."';
    const quotes = quotesOf(text);
    expect(quotes).toMatchObject([{ type: 'direct', text: 'Never. I am done.', speaker_mention: 'Carver', cue: 'said', outlet: null }]);
  });
});

describe('a reduced passive "said by X to be"', () => {
  test('"The contract, said by three people familiar with the talks to be worth “…”,": the agent said the partial', () => {
    const text = 'Harbourline won the ferry contract on Friday. The contract, said by three people familiar with the talks to be worth "well over a billion dollars", runs for ten years.';
    expect(quote(text, 'well over')).toMatchObject({
      type: 'partial', text: 'well over a billion dollars', speaker_mention: 'three people familiar with the talks',
      speaker_start: at(text, 'three people'), cue: 'said', cue_start: at(text, 'said by'), outlet: null,
    });
  });
});
