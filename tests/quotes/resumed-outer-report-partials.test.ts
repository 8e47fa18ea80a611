import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('words quoted after ", and that" take up the outer report again (frame-before-quotation.ts outerReportResumed)', () => {
  test('"X said her lawyers had written to A, and that members would not “B”": X\'s words', () => {
    const text = 'Ruiz said her lawyers had written to the council in March, and that members would not “stand by” while wages fell.';
    expect(quote(text, 'stand by')).toMatchObject({
      text: 'stand by', type: 'partial', start: at(text, 'stand by'),
      speaker: 'Ruiz', speaker_mention: 'Ruiz', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: "told her that A, and that B “…”" pairs with the nearer cue\'s own "that"', () => {
    const text = 'Ruiz said the council told her that wages would rise, and that it would “look again” at the levy.';
    expect(quote(text, 'look again')).toMatchObject({
      text: 'look again', type: 'partial', start: at(text, 'look again'),
      speaker_mention: 'the council', cue: 'told', cue_start: at(text, 'told'), outlet: null,
    });
  });
});
