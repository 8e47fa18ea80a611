import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a short capitalised title after a word of ranking, or after a sentence-opening "Appearing on", is no partial', () => {
  test('"Appearing on “Show”" opening the sentence: only the indirect', () => {
    const text = 'Appearing on “Morning Tide” on Tuesday, Halvorsen said the council would not raise fares.';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.type)).toEqual(['indirect']);
    expect(quote(text, 'the council')).toMatchObject({
      type: 'indirect', text: 'the council would not raise fares', start: at(text, 'the council'),
      speaker: 'Halvorsen', cue: 'said', outlet: null,
    });
  });

  test('"pacing ahead of “Title.”" inside an "According to" report: only the indirect', () => {
    const text = 'According to Marlow Box Office Data, the sequel is running ahead of “Glass Harbor.”';
    const qs = quotesOf(text);
    expect(qs.map((q) => q.type)).toEqual(['indirect']);
    expect(qs[0]).toMatchObject({ type: 'indirect', start: at(text, 'the sequel'), speaker: 'Marlow Box Office Data', cue: 'According to' });
  });

  test('"behind" and "than" a title in a reported clause: only the indirect', () => {
    for (const text of [
      'Okafor said the film was trailing behind “Salt Roads” in its second week.',
      'Okafor said the film had sold more tickets than “Salt Roads” in its first week.',
    ]) {
      const qs = quotesOf(text);
      expect(qs.map((q) => q.type)).toEqual(['indirect']);
      expect(qs[0]).toMatchObject({ start: at(text, 'the film'), speaker: 'Okafor', cue: 'said' });
    }
  });

  test('"the success of “Title.”" in a sentence about films: only the indirect', () => {
    const text = 'Analysts said the studio hopes to repeat at the box office the success of “Harbor Glass.”';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['indirect']);
  });

  test('near miss: words in small letters after "than" stay a partial', () => {
    const text = 'Okafor said the plan was worse than “a slap in the face.”';
    expect(quote(text, 'a slap')).toMatchObject({
      type: 'partial', text: 'a slap in the face.', start: at(text, 'a slap'), speaker: 'Okafor', cue: 'said', outlet: null,
    });
  });
});
