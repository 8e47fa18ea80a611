import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"ruled that" reports a clause only with a judge, court or panel as its subject (frame.ts rulingVerb)', () => {
  test('"The appeals court ruled that …": the court\'s ruling is its report', () => {
    const text = 'The appeals court ruled that the harbour levy was lawful.';
    expect(quote(text, 'the harbour')).toMatchObject({
      text: 'the harbour levy was lawful', type: 'indirect', start: at(text, 'the harbour'), speaker: 'The appeals court',
      speaker_mention: 'The appeals court', speaker_start: 0, cue: 'ruled', cue_start: at(text, 'ruled'),
    });
  });

  test('"with a county judge ruling that …": the participle the tagger reads as a noun is the cue', () => {
    const text = 'The fishermen won their case in March, with a county judge ruling that the harbour levy was unlawful.';
    expect(quote(text, 'the harbour')).toMatchObject({
      text: 'the harbour levy was unlawful', type: 'indirect', start: at(text, 'the harbour'), speaker_mention: 'a county judge',
      speaker_start: at(text, 'a county judge'), cue: 'ruling', cue_start: at(text, 'ruling'),
    });
  });

  test('"Judge Ana Brill ruled that …": the judge is named', () => {
    const text = 'Judge Ana Brill ruled that the tenants could stay.';
    expect(quote(text, 'the tenants')).toMatchObject({ text: 'the tenants could stay', speaker: 'Ana Brill', cue: 'ruled' });
  });

  test('near misses: ruling by anyone else, ruling something out, and a ruling as a noun report nothing new', () => {
    expect(quotesOf('The old king ruled that the valley was his.')).toHaveLength(0);
    expect(quotesOf('The mayor ruled that out on Tuesday.')).toHaveLength(0);
    expect(quotesOf('The landlord was ruling that the tenants must leave.')).toHaveLength(0);
  });
});
