import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a squad role word opening a sentence is no part of the name after it', () => {
  test('"ROLE NAME …. SURNAME VERBED …. He said": the pronoun resolves to the full name', () => {
    const text = 'Linebacker Omari Castle blocked the kick. Castle hugged Bryn Walsh after the whistle. He said the win “belongs to the fans.”';
    expect(quote(text, 'belongs')).toMatchObject({
      text: 'belongs to the fans.', type: 'partial', speaker: 'Omari Castle', speaker_mention: 'He', speaker_start: at(text, 'He said'),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"Rookie NAME said": the name without the role word', () => {
    const text = 'Rookie Lina Marsh said she “never expected a start this soon.”';
    expect(quote(text, 'never expected')).toMatchObject({
      text: 'never expected a start this soon.', type: 'partial', speaker: 'Lina Marsh', speaker_mention: 'Lina Marsh',
      speaker_start: at(text, 'Lina'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
