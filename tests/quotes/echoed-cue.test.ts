import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"echoed" as a speech cue', () => {
  test('an inverted "echoed" gives the repeated quotation to the name after it, not to the previous speaker', () => {
    const text = '“We were never told,” said Omar Reyes. “Never,” echoed his bandmate Tia Cole.';
    expect(quote(text, 'Never,')).toMatchObject({
      text: 'Never,', start: at(text, 'Never,'), type: 'direct',
      speaker: 'Tia Cole', speaker_mention: 'Tia Cole', speaker_start: at(text, 'Tia Cole'), cue: 'echoed', cue_start: at(text, 'echoed'), outlet: null,
    });
  });
});
