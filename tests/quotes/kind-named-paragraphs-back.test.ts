import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the NOUN" stands for a body whose name says its kind, though a paragraph of background lies between', () => {
  test('"Corvo Airways … ¶ background ¶ “…,” the airline said": the airline', () => {
    const text = 'Passengers sued Corvo Airways on Tuesday.\n\nThe claim was lodged in Dublin.\n\n“We followed every rule,” the airline said.';
    expect(quote(text, 'We followed')).toMatchObject({ text: 'We followed every rule,', start: at(text, 'We followed'), end: at(text, 'We followed') + 23, type: 'direct', speaker: 'Corvo Airways', speaker_kind: 'organization', speaker_mention: 'the airline', cue: 'said', outlet: null });
  });

  test('near miss: three paragraphs back is too far; the description stays as written', () => {
    const text = 'Passengers sued Corvo Airways on Tuesday.\n\nThe claim was lodged in Dublin.\n\nIt is the second this year.\n\n“We followed every rule,” the airline said.';
    const q = quote(text, 'We followed');
    expect(q).toMatchObject({ speaker_mention: 'the airline', cue: 'said' });
    expect(q.speaker).not.toBe('Corvo Airways');
  });
});
