import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an organisation named in apposition after a description of its spokesperson', () => {
  test('"A spokesperson for his label, Greyhound Records, told Billboard …": the description speaks, through the name', () => {
    const text = 'Tom Reyes is due to tour in May. A spokesperson for his label, Greyhound Records, told Billboard the dates would go ahead.';
    expect(quote(text, 'the dates')).toMatchObject({
      type: 'indirect', text: 'the dates would go ahead', speaker_kind: 'anonymous',
      speaker_mention: 'A spokesperson for his label, Greyhound Records', speaker_start: at(text, 'A spokesperson'), cue: 'told', outlet: 'Billboard',
    });
  });

  test('after a quotation: "“…,” a spokesperson for her label, Greyhound Records, said"', () => {
    const text = '“The dates stand,” a spokesperson for her label, Greyhound Records, said.';
    expect(quote(text, 'The dates')).toMatchObject({ type: 'direct', speaker_mention: 'a spokesperson for her label, Greyhound Records', cue: 'said' });
  });

  test('a person named in apposition is the speaker, as before: "A spokesperson for the label, Mara Okafor, said"', () => {
    const text = 'A spokesperson for the label, Mara Okafor, said the dates would go ahead.';
    expect(quote(text, 'the dates')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor' });
  });

  test('a description that is no go-between is not read through the name: "The new owner of the pier, Greyhound Records, said"', () => {
    const text = 'The new owner of the pier, Greyhound Records, said the dates would go ahead.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'The new owner of the pier, Greyhound Records')).toBe(false);
  });
});
