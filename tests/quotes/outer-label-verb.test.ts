import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"described the moment the board rang as “…”": the outer label verb\'s subject speaks', () => {
  test('a common noun subject inside the object: the cue is "described", not "rang"/"called"', () => {
    const text = 'Tomas Berg won the medal. He described the night the committee called as “strange, and then wonderful”.';
    expect(quote(text, 'strange')).toMatchObject({
      type: 'partial', text: 'strange, and then wonderful', start: at(text, 'strange'), speaker: 'Tomas Berg', speaker_mention: 'He',
      speaker_start: at(text, 'He described'), cue: 'described', cue_start: at(text, 'described'),
    });
  });

  test('a name as the inner clause\'s subject: still the outer subject\'s label', () => {
    const text = 'Tomas Berg won the medal. He described the moment Ines Valk called as “strange, and then wonderful”.';
    expect(quote(text, 'strange')).toMatchObject({ speaker: 'Tomas Berg', speaker_mention: 'He', cue: 'described' });
  });

  test('near miss: a relative label with no outer label verb keeps its own subject', () => {
    const text = 'Tomas Berg won the medal. Critics attacked the plan which Ines Valk described as “a bold step”.';
    expect(quote(text, 'a bold step')).toMatchObject({ speaker: 'Ines Valk', cue: 'described' });
  });
});
