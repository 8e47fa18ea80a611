import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a cue verb between a noun and a finite verb is a participle on the noun (indirect/noun-modifier-cues.ts)', () => {
  test('"X said most of the sightings reported were A": X\'s report only', () => {
    const text = 'The ministry said most of the sightings reported were weather balloons.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'most of')).toMatchObject({
      text: 'most of the sightings reported were weather balloons', type: 'indirect', start: at(text, 'most of'),
      speaker: 'The ministry', speaker_mention: 'The ministry', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a subject before "reported that" reports the clause', () => {
    const text = 'The ministry said pilots reported that the sightings were weather balloons.';
    expect(quote(text, 'the sightings')).toMatchObject({
      text: 'the sightings were weather balloons', type: 'indirect', start: at(text, 'the sightings'),
      speaker_mention: 'pilots', cue: 'reported', cue_start: at(text, 'reported'), outlet: null,
    });
  });

  test('near miss: a gapped relative "which the magazine reported had …" is the magazine\'s report', () => {
    const text = 'Her last tour, which the magazine reported had grossed more than $600 million, ended in May.';
    expect(quote(text, 'had grossed')).toMatchObject({
      text: 'had grossed more than $600 million', type: 'indirect', start: at(text, 'had grossed'),
      speaker_mention: 'the magazine', cue: 'reported', cue_start: at(text, 'reported'), outlet: null,
    });
  });

  test('near miss: a gapped relative whose subject holds a name ("that State Senate auditors concluded was …")', () => {
    const text = 'The charity paid for a retreat in 2019 that State Senate auditors concluded was improperly funded by a utility.';
    expect(quote(text, 'was improperly')).toMatchObject({
      text: 'was improperly funded by a utility', type: 'indirect', start: at(text, 'was improperly'),
      speaker_mention: 'State Senate auditors', cue: 'concluded', cue_start: at(text, 'concluded'), outlet: null,
    });
  });
});
