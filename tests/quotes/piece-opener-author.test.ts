import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"In his review, X took aim …": a person opening the clause after a piece wrote it; the piece reports nothing', () => {
  test('no indirect quote with cue "In"; the partial goes to the critic', () => {
    const text = 'In her review, Marisol Ekwueme took aim at the lighting, calling the stage "a car park at dusk."';
    const all = quotesOf(text);
    expect(all.some((q) => q.cue === 'In')).toBe(false);
    const p = 'a car park at dusk.';
    expect(quote(text, p)).toMatchObject({
      type: 'partial', text: p, start: at(text, p), end: at(text, p) + p.length, speaker: 'Marisol Ekwueme', speaker_kind: 'person',
      speaker_start: at(text, 'Marisol Ekwueme'), cue: 'calling', cue_start: at(text, 'calling'), outlet: null,
    });
  });

  test('an outlet\'s named review: the partial is the critic\'s', () => {
    const text = 'In The Harbor Ledger review, Kofi Mensah took aim at the lighting, calling the stage "a car park at dusk."';
    expect(quotesOf(text).some((q) => q.cue === 'In')).toBe(false);
    const p = 'a car park at dusk.';
    expect(quote(text, p)).toMatchObject({ type: 'partial', text: p, start: at(text, p), speaker: 'Kofi Mensah', speaker_start: at(text, 'Kofi Mensah'), speaker_kind: 'person', cue: 'calling' });
  });

  test('an adverb before the critic\'s verb ("Kofi Mensah also took aim") still removes the review\'s cue', () => {
    const text = 'In The Harbor Ledger review, Kofi Mensah also took aim at the lighting.';
    expect(quotesOf(text).some((q) => q.cue === 'In')).toBe(false);
  });

  test('negative: "In the Ledger review, rents rose …" with no person opening the clause keeps the review as its source', () => {
    const text = 'In the Harbor Ledger review, rents rose sharply in every district last year.';
    const q = 'rents rose sharply in every district last year';
    expect(quote(text, q)).toMatchObject({ type: 'indirect', text: q, start: at(text, q), speaker_mention: 'the Harbor Ledger review', cue: 'In' });
  });
});
