import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"scriptwriter" is a role, so "a scriptwriter on the series" is one description', () => {
  test('the whole description speaks, not the series', () => {
    const text = 'A junior scriptwriter on the series said the budget had been cut twice.';
    expect(quote(text, 'the budget')).toMatchObject({
      type: 'indirect', text: 'the budget had been cut twice', start: at(text, 'the budget'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A junior scriptwriter on the series', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a series that is itself the subject still speaks as before', () => {
    const text = 'The series said on its website that the budget had been cut twice.';
    expect(quote(text, 'the budget')?.speaker_mention).not.toMatch(/scriptwriter/);
  });
});
