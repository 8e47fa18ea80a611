import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a surname the tagger reads as a verb, after a capitalised role and a given name, is part of the name ("Singer Nora Grant arrived")', () => {
  test('"Singer Nora Grant arrived …. Grant waved. … she joked: “…”": she is Nora Grant', () => {
    const text = 'Singer Nora Grant arrived at the hearing on Tuesday.\n\nGrant waved to reporters. Asked whether the verdict troubled her, she joked: "I have sung for tougher crowds."';
    const words = 'I have sung for tougher crowds.';
    expect(quote(text, words)).toMatchObject({
      text: words, type: 'direct', start: at(text, words), end: at(text, words) + words.length,
      speaker: 'Nora Grant', speaker_kind: 'person', speaker_mention: 'she', speaker_start: at(text, 'she joked'), cue: 'joked', cue_start: at(text, 'joked'), outlet: null,
    });
  });

  test('"Actress Ines Grant left …. She said: “…”" with a pronoun in the next sentence', () => {
    const text = 'Actress Ines Grant left the studio early. She said: "The day was long enough."';
    const words = 'The day was long enough.';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'direct', start: at(text, words), speaker: 'Ines Grant', speaker_mention: 'She', cue: 'said', outlet: null });
  });

  test('negative: a man whose given name is Grant keeps "he"', () => {
    const text = 'Coach Grant Miller arrived at the hearing on Tuesday.\n\nMiller waved to reporters. Asked whether the verdict troubled him, he joked: "I have coached tougher crowds."';
    const words = 'I have coached tougher crowds.';
    expect(quote(text, words)).toMatchObject({ text: words, type: 'direct', start: at(text, words), speaker: 'Grant Miller', speaker_mention: 'he', cue: 'joked', outlet: null });
  });
});
