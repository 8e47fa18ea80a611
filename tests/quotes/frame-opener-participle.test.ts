import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a participle describing the noun of an opening phrase ("In an excerpt published by Vogue this week, X …")', () => {
  test('"…, calling it “…”" after an excerpt opener: the partial is the subject\'s, with the excerpt\'s outlet', () => {
    const text = 'In an excerpt published by Vogue this week, Lina Sato-Brandt looks back on her father’s illness, calling it “a long goodbye.”';
    expect(quote(text, 'a long goodbye')).toMatchObject({
      text: 'a long goodbye.', type: 'partial', start: at(text, 'a long goodbye'),
      speaker: 'Lina Sato-Brandt', speaker_mention: 'Lina Sato-Brandt', speaker_start: at(text, 'Lina'), cue: 'calling', cue_start: at(text, 'calling'), outlet: 'Vogue',
    });
  });

  test('"In an op-ed published Sunday, …": the "ed" of "op-ed" and the participle after it are no verbs of the sentence', () => {
    const text = 'In an op-ed published Sunday, Senator Paul Greer takes aim at the housing bill, calling it “a gift to landlords.”';
    expect(quote(text, 'a gift')).toMatchObject({ type: 'partial', speaker: 'Paul Greer', speaker_mention: 'Paul Greer', cue: 'calling', cue_start: at(text, 'calling') });
  });

  test('negative: the outlet the opener names is not the speaker ("In an essay published by Vogue, X …")', () => {
    const text = 'In an essay published by Vogue, Mara Lind looks back on her divorce, calling it “a quiet relief.”';
    expect(quote(text, 'a quiet relief')).toMatchObject({ type: 'partial', speaker: 'Mara Lind', speaker_kind: 'person', cue: 'calling', outlet: 'Vogue' });
    expect(quotesOf(text).filter((q) => q.speaker_kind === 'outlet')).toEqual([]);
  });
});
