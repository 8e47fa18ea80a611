import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a general role ("the executive") is only one named with an office it covers', () => {
  test('"Designer Marta Vosk …. “…,” the executive said": a designer is no executive, so the description speaks', () => {
    const text = 'Designer Marta Vosk quit the fashion house in March.\n\n"The books were a mess," the executive said.';
    expect(quote(text, 'The books')).toMatchObject({
      type: 'direct', text: 'The books were a mess,', start: at(text, 'The books'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'the executive', speaker_start: at(text, 'the executive'), cue: 'said', outlet: null,
    });
  });

  test('near-miss: "Chief executive Marta Vosk …. “…,” the executive said" is Vosk', () => {
    const text = 'Chief executive Marta Vosk quit the fashion house in March.\n\n"The books were a mess," the executive said.';
    expect(quote(text, 'The books')).toMatchObject({
      type: 'direct', text: 'The books were a mess,', start: at(text, 'The books'), speaker: 'Marta Vosk', speaker_mention: 'the executive', speaker_start: at(text, 'the executive'), cue: 'said', outlet: null,
    });
  });

  test('near-miss: the same role word, "Designer Marta Vosk …. “…,” the designer said", is Vosk', () => {
    const text = 'Designer Marta Vosk quit the fashion house in March.\n\n"The books were a mess," the designer said.';
    expect(quote(text, 'The books')).toMatchObject({ type: 'direct', speaker: 'Marta Vosk', speaker_mention: 'the designer', cue: 'said', outlet: null });
  });
});
