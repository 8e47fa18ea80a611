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

  test('near miss: a judging noun inside a prepositional phrase is no subject of "ruled"', () => {
    // (The reviewer's sentence: the players rule, not the court.)
    expect(quotesOf('Players on the court ruled that the ball was out.')).toHaveLength(0);
  });

  test('"even after county judge ruled that …": a clause opener before the judge is no preposition over it', () => {
    const text = 'The harbour board kept the fee even after county judge ruled that it was unlawful.';
    expect(quote(text, 'it was unlawful')).toMatchObject({ text: 'it was unlawful', speaker_mention: 'county judge', cue: 'ruled', cue_start: at(text, 'ruled') });
  });

  test('"A county judge on Tuesday ruled that …": a day between the judge and the verb', () => {
    const text = 'A county judge on Tuesday ruled that the harbour fee was unlawful.';
    expect(quote(text, 'the harbour')).toMatchObject({ text: 'the harbour fee was unlawful', speaker_mention: 'A county judge', speaker_start: 0, cue: 'ruled', cue_start: at(text, 'ruled') });
    expect(quotesOf('Players on the court on Monday ruled that the ball was out.')).toHaveLength(0);
  });

  test('"a panel of three judges ruled that …": the panel heads the subject', () => {
    const text = 'A panel of three judges ruled that the harbour fee was unlawful.';
    expect(quote(text, 'the harbour')).toMatchObject({ text: 'the harbour fee was unlawful', speaker_mention: 'A panel of three judges', cue: 'ruled' });
  });

  test('near misses: "ruling" as a noun before a relative "that", or heading a sentence\'s subject, is no cue', () => {
    // (The reviewer's sentences.)
    const fans = 'Some fans of the court ruling that ended the strike said they were relieved.';
    expect(quotesOf(fans).map((q) => [q.text, q.cue])).toEqual([['they were relieved', 'said']]);
    expect(quotesOf('Fans of the court ruling that ended the strike celebrated.')).toHaveLength(0);
    expect(quotesOf('The tennis court ruling that the match was over surprised fans.')).toHaveLength(0);
  });

  test('", a labour court ruling that …": a comma opens the ruling phrase too', () => {
    const text = 'The strike ended on Monday, a labour court ruling that the walkout broke the law.';
    expect(quote(text, 'the walkout')).toMatchObject({
      text: 'the walkout broke the law', speaker_mention: 'a labour court', speaker_start: at(text, 'a labour'), cue: 'ruling', cue_start: at(text, 'ruling'),
    });
  });
});
