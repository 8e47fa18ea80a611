import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a label after a passive naming verb, with no one doing the naming', () => {
  test('"is often described as the “…”" is the name the thing goes by, no quote', () => {
    expect(quotesOf('The dam is often described as the “ninth wonder of the whole region.” It rarely floods.')).toEqual([]);
  });

  test('"billed as “…”" set off by commas after the thing is a label too', () => {
    expect(quotesOf('The festival, billed as “the biggest party of the whole decade,” flopped.')).toEqual([]);
  });

  test('near miss: a speaker who describes it so keeps the partial', () => {
    const text = 'Mara Okafor described the bridge as “a waste of public money.” It rarely opens.';
    expect(quote(text, 'a waste')).toMatchObject({ text: 'a waste of public money.', type: 'partial', speaker: 'Mara Okafor', cue: 'described', outlet: null, start: at(text, 'a waste'), end: at(text, '”') });
  });

  test('near miss: an agent after the mark gave the label, still a partial', () => {
    const text = 'The bridge was described as “a waste of public money” by Mara Okafor.';
    expect(quote(text, 'a waste')).toMatchObject({ text: 'a waste of public money', type: 'partial', speaker: 'Mara Okafor', cue: 'described' });
  });
});
