import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a thing that "suggests" something inside a report is no second source (indirect/inanimate-inferences.ts)', () => {
  test('"X said the mayor\'s history on A suggested B": X\'s report only', () => {
    const text = "Aldana said the mayor's voting history on housing suggested she would back the levy.";
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the mayor')).toMatchObject({
      text: "the mayor's voting history on housing suggested she would back the levy", type: 'indirect', start: at(text, 'the mayor'),
      speaker: 'Aldana', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"the detailed wording of the ruling showed …": a thing with an "of" complement', () => {
    const text = 'Okafor said the detailed wording of the ruling showed the judges expected an appeal.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the detailed')).toMatchObject({ speaker: 'Okafor', cue: 'said', end: text.length - 1 });
  });

  test('near miss: a person who suggests something inside a report stays a source', () => {
    const text = 'Aldana said the mayor suggested she would back the levy.';
    expect(quote(text, 'she would')).toMatchObject({
      text: 'she would back the levy', type: 'indirect', start: at(text, 'she would'),
      speaker_mention: 'the mayor', cue: 'suggested', cue_start: at(text, 'suggested'), outlet: null,
    });
  });

  test('near miss: people named by a thing they wrote ("the report\'s authors") stay a source', () => {
    const text = "Aldana said the report's authors suggested the fund was short.";
    expect(quote(text, 'the fund')).toMatchObject({ speaker_mention: "the report's authors", cue: 'suggested' });
  });
});
