import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('"said A “…” and that he did not believe B": the negated stance stays in the report', () => {
  test('the second that-clause keeps its negation, in the outer frame', () => {
    const text = 'Tomas Weir wrote that the baker was “the kindest man on our street” and that he did not believe the baker would lie to anyone.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({
      type: 'indirect', text: 'he did not believe the baker would lie to anyone', start: at(text, 'he did not'), speaker: 'Tomas Weir', speaker_mention: 'Tomas Weir',
      cue: 'wrote', cue_start: at(text, 'wrote'), outlet: null,
    });
  });

  test('near miss: an un-negated "and that he hoped B" is still the hope\'s report', () => {
    const text = 'Tomas Weir wrote that the talks were “useful” and that he hoped the baker would return.';
    const quotes = quotesOf(text);
    expect(quotes[1]).toMatchObject({ type: 'indirect', text: 'the baker would return', start: at(text, 'the baker would'), speaker: 'Tomas Weir', speaker_mention: 'he', cue: 'hoped', outlet: null });
  });
});
