import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

// A company's name ending in its line of trade (data/organisations.json name_tails): a talent agency's "Talent", a
// power network's "Powergrid" or "Grid". No one's surname, so the run is a body's, not a person's.
describe('a name ending in a talent agency\'s or a power network\'s trade word is a body', () => {
  test('"Silverkey Talent said …": organization, no person', () => {
    const text = 'Silverkey Talent said the singer would be taking a month off.';
    expect(quote(text, 'the singer')).toMatchObject({
      type: 'indirect', text: 'the singer would be taking a month off', start: at(text, 'the singer'),
      speaker: 'Silverkey Talent', speaker_mention: 'Silverkey Talent', speaker_start: 0, speaker_end: 16, speaker_kind: 'organization', cue: 'said',
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('"Western Powergrid said …" and "Eastmoor Grid said …": organization', () => {
    expect(quote('Western Powergrid said crews had restored supply.', 'crews')).toMatchObject({ speaker: 'Western Powergrid', speaker_kind: 'organization', cue: 'said' });
    expect(quote('Eastmoor Grid said crews had restored supply.', 'crews')).toMatchObject({ speaker: 'Eastmoor Grid', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a given name before the word ("Maria Talent said") stays a person', () => {
    const text = 'Maria Talent said the singer would be taking a month off.';
    expect(quote(text, 'the singer')).toMatchObject({ speaker: 'Maria Talent', speaker_kind: 'person' });
  });
});
