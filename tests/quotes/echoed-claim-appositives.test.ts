import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an appositive after a dash naming the words and who took them up ("— a point X repeated") gives no cue', () => {
  test('"BODY said it “…” … — a point its chief executive repeated on DAY": the body, cue said', () => {
    const text = 'In a filing, the company said it “sincerely apologises” for the delays — a point its chairman repeated on Monday.';
    expect(quote(text, 'sincerely')).toMatchObject({
      text: 'sincerely apologises', type: 'partial', start: at(text, 'sincerely'), speaker: 'the company', speaker_kind: 'organization',
      speaker_mention: 'the company', speaker_start: at(text, 'the company'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"— a view his rivals disputed": a denial after a dash likewise', () => {
    const text = 'Tomas Brenner said the plan was “fully costed” in every detail — a view his rivals disputed.';
    expect(quote(text, 'fully costed')).toMatchObject({
      type: 'partial', speaker: 'Tomas Brenner', speaker_kind: 'person', speaker_mention: 'Tomas Brenner', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('negative: a dash before a clause of its own (no appositive noun) keeps its cue', () => {
    const text = 'In a filing, the company said it “sincerely apologises” for the delays — its chairman repeated on Monday.';
    expect(quote(text, 'sincerely')).toMatchObject({ speaker_mention: 'its chairman', cue: 'repeated', cue_start: at(text, 'repeated') });
  });
});
