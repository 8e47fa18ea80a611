import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a members\' body named "of" fields joined by "and" and ending in its members is one speaker', () => {
  test('"the Guild of Stage and Screen Writers said" keeps the whole name', () => {
    const text = 'The Guild of Stage and Screen Writers said on Monday that the offer was “a fair start”.';
    expect(quote(text, 'a fair start')).toMatchObject({
      type: 'partial', text: 'a fair start', start: at(text, 'a fair start'),
      speaker: 'Guild of Stage and Screen Writers', speaker_mention: 'The Guild of Stage and Screen Writers',
      speaker_start: 0, speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"the Union of Rail and Bus Drivers said" with an indirect report', () => {
    const text = 'The Union of Rail and Bus Drivers said the strike would go on.';
    expect(quote(text, 'the strike')).toMatchObject({
      type: 'indirect', text: 'the strike would go on', start: at(text, 'the strike'),
      speaker: 'Union of Rail and Bus Drivers', speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a person after the "and" is still a second subject, not part of the name', () => {
    const text = 'The Alliance of Dock Owners and Mara Okafor said the strike would go on.';
    expect(quote(text, 'the strike')).toMatchObject({
      type: 'indirect', text: 'the strike would go on', speaker: 'Mara Okafor', speaker_start: at(text, 'Mara'), cue: 'said',
    });
  });
});

describe('a plural possessive opening a description stays in the speaker phrase', () => {
  test('"The growers’ group said"', () => {
    const text = 'The growers’ group said the frost had cost them half the crop.';
    expect(quote(text, 'the frost')).toMatchObject({
      type: 'indirect', text: 'the frost had cost them half the crop', start: at(text, 'the frost'),
      speaker: 'The growers’ group', speaker_mention: 'The growers’ group', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });
});
