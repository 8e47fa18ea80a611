import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('"OPENER, X said the NOUN, APPOSITION, VERB …": the cue\'s object opens the clause, the frame is no aside', () => {
  test('after an opening phrase, an apposition on the reported subject keeps the report to the clause after the cue', () => {
    const text = 'At a briefing on Tuesday, Sheriff Dana Whitlock said the driver, a retired teacher, had been treated at the scene.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the driver, a retired teacher, had been treated at the scene', start: at(text, 'the driver'), end: text.length - 1,
      speaker: 'Dana Whitlock', speaker_start: at(text, 'Dana'), cue: 'said', outlet: null,
    }]);
  });

  test('a possessive opening the object does the same', () => {
    const text = 'On Sunday, Mara Okafor said her brother, a ferry pilot, would return in May.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'her brother, a ferry pilot, would return in May', start: at(text, 'her brother'), speaker: 'Mara Okafor', cue: 'said', outlet: null }]);
  });

  test('near miss: a frame set inside the sentence, its comma after a time or a hearer, still covers the sentence', () => {
    for (const frame of ['Mara Okafor said on Monday', 'Mara Okafor told the Courier']) {
      const text = `The harbour bridge, ${frame}, would open in May.`;
      expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: text.slice(0, -1), start: 0, speaker: 'Mara Okafor' }]);
    }
  });
});
