import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';
import { namedEarlier } from '../../src/quotes/mentioned-words.js';

describe('a word mentioned as a word is no quotation', () => {
  test('"the word “…”" with no cue of its own mentions the word, quoting nobody', () => {
    const text = 'Mara Okafor runs the Harbour Board. Okafor is wary of the word “closure” and has banned it from meetings.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('after a verb of using it, the phrase is the user’s words', () => {
    const text = 'Mara Okafor runs the Harbour Board. Okafor has used the phrase “managed decline” twice this year.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'managed decline', start: 64, end: 79, speaker: 'Mara Okafor' }]);
  });

  test('with a cue of its own, the term is the speaker’s', () => {
    const text = 'Mara Okafor runs the Harbour Board. Okafor criticised the term “managed decline,” saying it hid job losses.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'managed decline,', start: 64, speaker: 'Mara Okafor', cue: 'criticised' }]);
  });
});

describe('a scare-quoted word before an amount', () => {
  test('one quoted word between "the" and an amount modifies it: no quotation', () => {
    const text = 'The film made $11 million, short of the “safe” $15 million range, and Deadline reports that the studio cut its budget.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the studio cut its budget', start: 92, end: 117, speaker: 'Deadline', cue: 'reports' }]);
  });

  test('words that end their phrase before a number stay the speaker’s', () => {
    const text = 'Mara Okafor warned of the “worst storms” 12 times last winter.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'worst storms', start: 27, end: 39, speaker: 'Mara Okafor', cue: 'warned' }]);
  });
});

describe('a named word heading the clause a cue reports', () => {
  test('"said the word “…” in the text was “…”": only the second quotation is speech, and the cue reaches it', () => {
    const text = 'Mara Okafor said the word “maybe” in the letter was “a betrayal of trust”.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ type: 'partial', text: 'a betrayal of trust', start: at(text, 'a betrayal'), speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', cue: 'said' });
  });

  test('the word said aloud, no clause after it, is still the speaker’s', () => {
    const text = 'Mara Okafor runs the Harbour Board. Okafor never said the word “sorry” to the families.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'sorry', speaker: 'Mara Okafor', cue: 'said' }]);
  });

  test('a relative clause after the word is no clause it heads: "said the word “…” to the man who had …"', () => {
    const text = 'Mara Okafor runs the Harbour Board. Okafor said the word “sorry” to a skipper who had lost his boat.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'sorry', speaker: 'Mara Okafor', cue: 'said' }]);
    const speech = 'Mara Okafor runs the Harbour Board. Okafor said the phrase “never again” at a rally where hundreds had gathered.';
    expect(quotesOf(speech)).toMatchObject([{ type: 'partial', text: 'never again', speaker: 'Mara Okafor', cue: 'said' }]);
  });
});

describe('a named word opening its sentence', () => {
  test('"The phrase “…” filled the wall": the words are shown, not said', () => {
    const text = 'Okafor spent her talk on the new desk. The phrase “Sit down,” in red letters ten feet high, filled the wall behind her.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('negative: with a cue in its own clause the word stays the speaker’s', () => {
    const text = 'Okafor spent her talk on the new desk. The word “maybe,” she said, was banned from meetings.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'maybe,', cue: 'said', speaker_mention: 'she' }]);
  });
});

describe('a name repeated from earlier must be the whole earlier name', () => {
  const lastSpan = (text: string) => ({ open: text.lastIndexOf('“'), start: text.lastIndexOf('“') + 1, end: text.lastIndexOf('”'), close: text.lastIndexOf('”') });

  test('the same code name, a comma before its closing mark, is a repeat', () => {
    const text = 'The unit flew a drone code-named “Kestrel,” last spring. Staff stayed loyal to “Kestrel”.';
    expect(namedEarlier(text, lastSpan(text))).toBe(true);
  });

  test('near miss: the start of a longer earlier name is no repeat ("Kestrels", "Kestrel Two")', () => {
    const plural = 'The unit flew drones code-named “Kestrels” last spring. Staff stayed loyal to “Kestrel”.';
    const longer = 'The unit flew a drone code-named “Kestrel Two” last spring. Staff stayed loyal to “Kestrel”.';
    expect(namedEarlier(plural, lastSpan(plural))).toBe(false);
    expect(namedEarlier(longer, lastSpan(longer))).toBe(false);
  });
});
