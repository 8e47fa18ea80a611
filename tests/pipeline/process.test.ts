import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

describe('processArticle', () => {
  test('quote offsets index the article text', () => {
    const text = 'Intro.\n\n“We start now,” she said.';
    const result = extractArticle(text, { id: 'a1' });
    expect(result.quotes.map((q) => q.text)).toEqual(['We start now,']);
    for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(result.quotes[0]!.id).toBe('a1#9-22');
  });
});

describe('words that name object properties', () => {
  // Tables looked up by a word of the text once answered these from Object.prototype, and an
  // article holding "constructor" beside a cue failed as a whole.
  test('"constructor", "toString" and "__proto__" in the text are ordinary words', () => {
    const text = 'The constructor said, “We will finish the bridge by June,” in a statement.\n\nA constructor toString __proto__ hasOwnProperty valueOf told reporters that the work was late.';
    const result = extractArticle(text, { id: 'a2' });
    expect(result.quotes.map((q) => [q.type, q.text])).toEqual([
      ['direct', 'We will finish the bridge by June,'],
      ['indirect', 'the work was late'],
    ]);
  });
});

describe('speaker mentions', () => {
  test('the mention is the text at its offsets, spacing and all', () => {
    const text = '“The roads are closed,” said Mayor\tAna  Ruiz.';
    const [q] = extractArticle(text, { id: 'a3' }).quotes;
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'Ana  Ruiz' });
    expect(text.slice(q!.speaker_start!, q!.speaker_end!)).toBe(q!.speaker_mention);
  });

  test('a byte-order mark inside the text shifts no mention', () => {
    const text = 'Schools stay shut.\n\ufeffMayor Ana Ruiz said the roads were unsafe, and “nobody should drive,” Ruiz added.';
    for (const q of extractArticle(text, { id: 'a4' }).quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text.slice(q.speaker_start!, q.speaker_end!)).toBe(q.speaker_mention);
      expect(q.speaker).toBe('Ana Ruiz');
    }
  });
});

describe('a long paragraph of quotations', () => {
  test('three thousand quotations in one paragraph each keep their own speaker and offsets', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `“We will win game ${i},” ${i % 2 ? 'Ana Ruiz' : 'Bo Lee'} said.`).join(' ');
    const quotes = extractArticle(text, { id: 'long' }).quotes;
    expect(quotes).toHaveLength(3000);
    expect(quotes[2999]).toMatchObject({ text: 'We will win game 2999,', speaker: 'Ana Ruiz', cue: 'said', start: text.indexOf('We will win game 2999') });
    expect(quotes.every((q, i) => q.speaker === (i % 2 ? 'Ana Ruiz' : 'Bo Lee'))).toBe(true);
  });
});
