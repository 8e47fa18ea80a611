import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('", who CUE …": a relative clause\'s cue never reports the clause before its pronoun', () => {
  test('"Mayor Ana Ruiz said she had met Senator Colt, who pledged new funds" has only the mayor\'s report', () => {
    const text = 'Mayor Ana Ruiz said she had met Senator Colt, who pledged new funds.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(quote(text, 'she had met')).toMatchObject({
      type: 'indirect', text: 'she had met Senator Colt', start: at(text, 'she had met'), speaker: 'Ana Ruiz', speaker_kind: 'person', speaker_mention: 'Ana Ruiz',
      speaker_start: at(text, 'Ana Ruiz'), speaker_role: 'mayor', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(qs.some((q) => q.cue === 'pledged')).toBe(false);
  });

  test('near miss: a frame closing the sentence still reports the clause before it', () => {
    const text = 'The ferry will run again in May, said Ana Ruiz, who chairs the board.';
    expect(quote(text, 'The ferry')).toMatchObject({
      type: 'indirect', text: 'The ferry will run again in May', start: 0, speaker: 'Ana Ruiz', speaker_start: at(text, 'Ana Ruiz'), cue: 'said',
    });
  });

  test('near miss: the relative clause\'s own that-clause is still its report', () => {
    const text = 'Ruiz met Senator Colt, who said the funds would arrive in May.';
    expect(quote(text, 'the funds')).toMatchObject({
      type: 'indirect', text: 'the funds would arrive in May', start: at(text, 'the funds'), speaker: 'Colt', speaker_mention: 'who',
      speaker_start: at(text, 'who'), cue: 'said', cue_start: at(text, 'said'),
    });
  });
});
