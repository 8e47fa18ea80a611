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

describe('"hailed/portrayed X as “…”": a label verb that is a cue only before "as" and the words', () => {
  test('a bare surname subject over a relative clause in the object: the outer verb is the cue', () => {
    const text = 'Ines Valk spoke on Friday. Valk praised nobody, but Okoye hailed the treaty the two ports drafted as “a fair bargain.”';
    expect(quote(text, 'a fair bargain')).toMatchObject({
      type: 'partial', text: 'a fair bargain.', start: at(text, 'a fair bargain'), speaker_mention: 'Okoye',
      speaker_start: at(text, 'Okoye'), cue: 'hailed', cue_start: at(text, 'hailed'), outlet: null,
    });
  });

  test('no inner clause, and a pronoun subject: the cue is "portrayed", not null', () => {
    const text = 'Dana Okoye spoke on Friday. She portrayed the rival bid as “a costly gamble.”';
    expect(quote(text, 'a costly gamble')).toMatchObject({ speaker: 'Dana Okoye', speaker_mention: 'She', cue: 'portrayed', cue_start: at(text, 'portrayed') });
  });

  test('an outlet reporting it after the words is the outlet, not the speaker', () => {
    const text = 'Dana Okoye hailed the treaty the two ports drafted as “a fair bargain,” Reuters reported.';
    expect(quote(text, 'a fair bargain')).toMatchObject({ speaker: 'Dana Okoye', cue: 'hailed', outlet: 'Reuters' });
  });
});
