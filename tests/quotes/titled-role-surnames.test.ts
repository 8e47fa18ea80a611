import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a role word used alone as a surname the article gives a personal title is that person', () => {
  test('"Ms. Baker founded the law firm Baker … “…,” Baker said": the titled woman, not the firm', () => {
    const text = 'Ms. Baker set up the consultancy Baker in 2004. “We started in a garage,” Baker said.';
    expect(quote(text, 'We started')).toMatchObject({
      text: 'We started in a garage,', type: 'direct', speaker: 'Baker', speaker_mention: 'Baker',
      speaker_start: at(text, 'Baker said'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"Dr. Mason opened the clinic. “…,” Mason said"', () => {
    const text = 'Dr. Mason opened the clinic in March. “The queue starts at dawn,” Mason said.';
    expect(quote(text, 'The queue')).toMatchObject({
      text: 'The queue starts at dawn,', type: 'direct', speaker: 'Mason', speaker_mention: 'Mason',
      speaker_start: at(text, 'Mason said'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: a role word given no title anywhere stays a description', () => {
    const text = 'Tom Fox hired a new baker in June. “The ovens are old,” Baker said.';
    expect(quote(text, 'The ovens')).toMatchObject({ speaker: null, speaker_mention: 'Baker', cue: 'said' });
  });
});
