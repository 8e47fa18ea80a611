import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('people counted or former ("Two former producers", "Three officers") are unnamed persons, not a body', () => {
  test('"Two former producers, who requested anonymity, said …" is anonymous', () => {
    const text = 'Two former producers, who requested anonymity, said the budget had been cut twice.';
    expect(quote(text, 'the budget')).toMatchObject({ type: 'indirect', text: 'the budget had been cut twice', start: at(text, 'the budget'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Two former producers', speaker_start: 0, cue: 'said', outlet: null });
  });

  test('"Three officers said …" and "Several organisers said …" too', () => {
    const text = 'Three officers said the gate had been left open. Several organisers said the crowd was calm.';
    expect(quote(text, 'the gate')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Three officers', cue: 'said' });
    expect(quote(text, 'the crowd')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Several organisers', cue: 'said' });
  });

  test('near miss: "The producers said …", uncounted, stays the production as a body', () => {
    const text = 'The producers said the budget had been cut twice.';
    expect(quote(text, 'the budget')).toMatchObject({ speaker_kind: 'organization', speaker_mention: 'The producers', cue: 'said' });
  });
});
