import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('the first word of a party or campaign name alone is not that body', () => {
  test('"the Harlow Campaign … Harlow said": the candidate, not the campaign', () => {
    const text = 'Volunteers at the Harlow Campaign were sent home early. Harlow said the figures were wrong.';
    expect(quote(text, 'the figures')).toMatchObject({
      type: 'indirect', text: 'the figures were wrong', start: at(text, 'the figures'),
      speaker: 'Harlow', speaker_kind: 'person', speaker_mention: 'Harlow', speaker_start: at(text, 'Harlow said'),
      cue: 'said', outlet: null,
    });
  });

  test('"a divided Green Party … the only well-known Green": a member\'s word, not the party', () => {
    const text = 'Voss mocked a divided Green Party. Hallows is not the only well-known Green to endorse Voss.';
    const q = quote(text, 'Voss');
    expect(q).toMatchObject({ type: 'indirect', text: 'Voss', start: at(text, 'Voss.'), speaker_kind: 'person', speaker_mention: 'Green', speaker_start: at(text, 'Green to'), cue: 'endorse', outlet: null });
    expect(q.speaker).not.toBe('Green Party');
  });

  test('near miss: an airline\'s first word still stands for the airline', () => {
    const text = 'A strike at Tellmar Airways grounded flights. "We regret the delays," Tellmar said.';
    expect(quote(text, 'We regret')).toMatchObject({ type: 'direct', speaker: 'Tellmar Airways', speaker_kind: 'organization', speaker_mention: 'Tellmar', cue: 'said' });
  });
});
