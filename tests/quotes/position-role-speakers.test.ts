import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a baseball position before a name is the speaker\'s role, not part of the name', () => {
  test('"Catcher Lina Okoro said …"', () => {
    const text = 'Catcher Lina Okoro said the pitch was high.';
    expect(quote(text, 'the pitch')).toMatchObject({
      type: 'indirect', start: 24, end: 42, text: 'the pitch was high',
      speaker: 'Lina Okoro', speaker_kind: 'person', speaker_start: 8, speaker_end: 18, speaker_role: 'catcher', cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual(['Lina Okoro']);
  });

  test('"Batter Tom Reyes said …"', () => {
    const text = 'Batter Tom Reyes said the pitch was high.';
    expect(quote(text, 'the pitch')).toMatchObject({ speaker: 'Tom Reyes', speaker_start: 7, speaker_end: 16, speaker_role: 'batter', cue: 'said' });
  });

  test('near miss: the same word as a surname after a given name stays in the name', () => {
    const text = 'Dana Catcher said the pitch was high.';
    expect(quote(text, 'the pitch')).toMatchObject({ speaker: 'Dana Catcher', speaker_kind: 'person', speaker_start: 0, speaker_end: 12, speaker_role: null, cue: 'said' });
    expect(entityNames(text).people).toEqual(['Dana Catcher']);
  });
});
