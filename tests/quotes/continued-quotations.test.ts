import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a quotation over several paragraphs shares the attribution at its end', () => {
  test('a paragraph left open continues into the next one that opens with a quotation mark', () => {
    const text = '“We will build the pier.\n\n“And we will open it in June,” said Mayor Ana Kell.\n';
    const first = quote(text, 'We will build');
    expect(first).toMatchObject({
      type: 'direct', text: 'We will build the pier.', start: 1, end: 24,
      speaker: 'Ana Kell', speaker_mention: 'Ana Kell', speaker_start: at(text, 'Ana Kell'), cue: null, cue_start: null, confidence: 0.7,
    });
    expect(quote(text, 'And we will')).toMatchObject({
      type: 'direct', text: 'And we will open it in June,', start: at(text, 'And we'), speaker: 'Ana Kell', speaker_mention: 'Ana Kell',
      speaker_start: at(text, 'Ana Kell'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('back through every open paragraph of the quotation', () => {
    const text = 'The council met on Monday.\n\n“The pier has waited long enough.\n\n“We have the money now.\n\n“Work starts in May,” Ivo Marsh told reporters.\n';
    for (const start of ['The pier has', 'We have the money', 'Work starts']) expect(quote(text, start).speaker).toBe('Ivo Marsh');
  });

  test('not when the next paragraph does not open with a quotation mark', () => {
    const text = '“We will build the pier.\n\nThe mayor, Ana Kell, said “the money is there,” and left.\n';
    expect(quote(text, 'We will build').speaker).toBeNull();
  });

  test('not when the open quotation already has a speaker of its own', () => {
    const text = 'Ana Kell said: “We will build the pier.\n\n“And we will open it in June,” said Ivo Marsh.\n';
    expect(quote(text, 'We will build').speaker).toBe('Ana Kell');
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Ana Kell', 'Ivo Marsh']);
  });
});
