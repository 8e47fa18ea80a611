import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "argued over a prenuptial agreement" is a dispute: "over a" opens no counted subject ("over a dozen towns had
// flooded" does), and a denial appositive after the phrase's comma is no content of the dispute's verb.
describe('"argued over a NP, a claim X denied" reports nothing of the dispute', () => {
  test('only the outlet\'s report stays', () => {
    const text = 'The Guardian reported last year that the brothers had argued over a family trust, a claim both men denied.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'the brothers')).toMatchObject({
      text: 'the brothers had argued over a family trust', type: 'indirect', start: at(text, 'the brothers'),
      speaker: 'The Guardian', speaker_kind: 'outlet', cue: 'reported', cue_start: at(text, 'reported'), outlet: 'The Guardian',
    });
  });

  test('negative: "said over a dozen …" still opens the content with the count', () => {
    const text = 'The mayor said over a dozen streets had flooded.';
    expect(quote(text, 'over a dozen')).toMatchObject({
      text: 'over a dozen streets had flooded', type: 'indirect', start: at(text, 'over'), cue: 'said', outlet: null,
    });
  });

  test('negative: "argued that …, a claim X rejected" keeps the argument, cut before the appositive', () => {
    const text = 'The senator argued that the levy was unfair, a claim the minister rejected.';
    expect(quote(text, 'the levy')).toMatchObject({
      text: 'the levy was unfair', type: 'indirect', cue: 'argued', cue_start: at(text, 'argued'), outlet: null,
    });
  });
});
