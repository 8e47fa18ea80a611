import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "‘She said, “Take it,”’ Lee said": words a quoted speaker reports someone saying are part of the outer quotation
// (quotes/speech-in-quotation.ts).
describe('a quotation after a speech tag inside another quotation is no quote of its own', () => {
  test('double marks inside single ones, after "She said,"', () => {
    const text = 'Mara Voss trained her for years. ‘She said, “If you move the chair, you move the film,”’ Lena Ortiz said. ‘So I never did.’';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['She said, “If you move the chair, you move the film,”', 'So I never did.']);
    expect(quote(text, 'She said')).toMatchObject({ type: 'direct', start: at(text, 'She said'), speaker: 'Lena Ortiz', cue: 'said', cue_start: at(text, 'said. ‘So') });
  });

  test('after "He told me:"', () => {
    const text = '‘He told me: “Bring the boat in before dark,” and I did,’ Ilse Marwick said.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker])).toEqual([['direct', 'He told me: “Bring the boat in before dark,” and I did,', 'Ilse Marwick']]);
  });

  test('near miss: a title quoted inside a quotation, after no speech tag, is read as before', () => {
    const text = '‘I watched “Harbour Lights” every week,’ Ilse Marwick said.';
    expect(quote(text, 'I watched')).toMatchObject({ type: 'direct', text: 'I watched “Harbour Lights” every week,', speaker: 'Ilse Marwick', cue: 'said' });
  });
});
