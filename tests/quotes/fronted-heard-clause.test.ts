import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a fronted "Told that …,"/"Asked whether …," clause: the name inside it is neither the subject nor a speaker', () => {
  test('"X was calm. Told that Y …, he laughed: “…”": he is X, the previous sentence\'s subject', () => {
    const text = 'Varga was calm. Told that Lindgren considered him finished, he laughed: "I have heard that before."';
    expect(quote(text, 'I have heard')).toMatchObject({
      text: 'I have heard that before.', type: 'direct', start: at(text, 'I have heard'),
      speaker: 'Varga', speaker_mention: 'he', speaker_start: at(text, 'he laughed'), cue: 'laughed', cue_start: at(text, 'laughed'), outlet: null,
    });
  });

  test('"Told that Y considered him finished": no report of Y\'s is made of the clause', () => {
    const text = 'Varga was calm. Told that Lindgren considered him finished, he laughed: "I have heard that before."';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('"Asked whether Y …, he …": he is the previous sentence\'s subject', () => {
    const text = 'Varga was calm. Asked whether Lindgren considered him finished, he laughed: "I have heard that before."';
    expect(quote(text, 'I have heard')).toMatchObject({ type: 'direct', speaker: 'Varga', speaker_mention: 'he', cue: 'laughed', outlet: null });
  });

  test('negative: "He said that Y considered him finished" is still his report', () => {
    const text = 'Varga was calm. He said that Lindgren considered him finished.';
    expect(quote(text, 'Lindgren considered him finished')).toMatchObject({
      type: 'indirect', start: at(text, 'Lindgren considered'), speaker_mention: 'He', cue: 'said',
    });
  });
});
