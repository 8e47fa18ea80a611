import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an "-ing" word between an owner or article and its noun stays inside the speaker phrase', () => {
  test('"A person familiar with the agency\'s hiring plans said …": the whole description speaks', () => {
    const text = "A person familiar with the agency's hiring plans said Ostrel would add staff.";
    expect(quote(text, 'Ostrel')).toMatchObject({
      type: 'indirect', text: 'Ostrel would add staff', start: at(text, 'Ostrel'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: "A person familiar with the agency's hiring plans", speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('after an article too', () => {
    const text = 'Two people familiar with the bidding process said Ostrel would win.';
    expect(quote(text, 'Ostrel')).toMatchObject({ speaker_mention: 'Two people familiar with the bidding process', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said' });
  });

  test('near miss: a participle after a noun, with its own object, is no modifier', () => {
    const text = 'Workers opposing the merger said Ostrel would cut jobs.';
    expect(quote(text, 'Ostrel')).toMatchObject({ speaker_mention: 'Workers', speaker_start: 0, cue: 'said' });
  });
});
