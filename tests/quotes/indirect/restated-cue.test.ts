import { describe, expect, test } from 'vitest';
import { quote, quotesOf as quotes } from '../../helpers/quotes.js';

describe('a trailing cue repeating the report that opens the sentence', () => {
  test('"X told OUTLET that A, she said" is one report with the first cue and outlet', () => {
    const text = 'Okafor told Elle that the hardest week had been the fitting, she said.';
    expect(quotes(text)).toHaveLength(1);
    expect(quote(text, 'the hardest week')).toMatchObject({ text: 'the hardest week had been the fitting', start: 22, end: 59, type: 'indirect', speaker: 'Okafor', cue: 'told', outlet: 'Elle' });
  });

  test('"X told OUTLET that A: B, she said" is two reports split at the colon', () => {
    const text = 'Okafor told Elle that the hardest week had been the fitting: the jacket took nine days to sew, she said.';
    expect(quotes(text)).toHaveLength(2);
    expect(quote(text, 'the hardest week')).toMatchObject({ text: 'the hardest week had been the fitting', start: 22, end: 59, type: 'indirect', speaker: 'Okafor', cue: 'told', outlet: 'Elle' });
    expect(quote(text, 'the jacket')).toMatchObject({ text: 'the jacket took nine days to sew', start: 61, end: 93, type: 'indirect', speaker: 'Okafor', cue: 'said', outlet: 'Elle' });
  });

  test('a semicolon splits the same way', () => {
    const text = 'Brandt told Reuters that the harbour was closed; the ferries would resume on Friday, he said.';
    expect(quotes(text)).toHaveLength(2);
    expect(quote(text, 'the harbour')).toMatchObject({ text: 'the harbour was closed', start: 25, end: 47, speaker: 'Brandt', cue: 'told', outlet: 'Reuters' });
    expect(quote(text, 'the ferries')).toMatchObject({ text: 'the ferries would resume on Friday', start: 49, end: 83, speaker: 'Brandt', cue: 'said', outlet: 'Reuters' });
  });

  test('a trailing cue by another subject still reports the clause', () => {
    const text = 'Okafor thinks the bridge is unsafe, the engineer said.';
    expect(quote(text, 'Okafor thinks')).toMatchObject({ cue: 'said' });
  });
});

describe('what a restated trailing cue does not split or drop', () => {
  test('a clock time is no clause break', () => {
    const text = 'Mara Ruiz told Vogue that the parade starts at 10:30 tonight, she said.';
    expect(quotes(text)).toHaveLength(1);
    expect(quote(text, 'the parade')).toMatchObject({ text: 'the parade starts at 10:30 tonight', start: 26, end: 60, speaker: 'Mara Ruiz', cue: 'told', outlet: 'Vogue' });
  });

  test('a pronoun of the other sex is another speaker, so the trailing report stays', () => {
    const text = 'Mara Ruiz told Vogue that the worst part was the heat, he said.';
    expect(quote(text, 'the worst part')).toMatchObject({ text: 'the worst part was the heat', start: 26, end: 53, speaker: 'Mara Ruiz', cue: 'told', outlet: 'Vogue' });
    expect(quotes(text).some((q) => q.cue === 'said')).toBe(true);
  });
});
