import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the museum", "the hospital", "the university" stand for the institution of that kind named before', () => {
  test('a museum named in the reported words speaks as "the museum" in the same sentence', () => {
    const text = 'A sculpture at the Kelbrook Museum of Modern Art is a copy, the museum said on Friday.';
    expect(quote(text, 'A sculpture')).toMatchObject({
      type: 'indirect', text: 'A sculpture at the Kelbrook Museum of Modern Art is a copy', start: 0,
      end: at(text, ', the museum'), speaker: 'Kelbrook Museum of Modern Art', speaker_kind: 'organization',
      speaker_mention: 'the museum', speaker_start: at(text, 'the museum'), cue: 'said', outlet: null,
    });
  });

  test('a hospital named in the sentence before', () => {
    const text = 'Patients at Westmoor General Hospital were moved on Tuesday. The hospital said the ward had flooded.';
    expect(quote(text, 'the ward')).toMatchObject({
      type: 'indirect', text: 'the ward had flooded', start: at(text, 'the ward'), speaker: 'Westmoor General Hospital',
      speaker_kind: 'organization', speaker_mention: 'The hospital', cue: 'said', outlet: null,
    });
  });

  test('a university, not the dean who spoke in between', () => {
    const text = 'Greyfield University announced cuts. Dean Mara Lindqvist said the budget was short. The university said no courses would close.';
    expect(quote(text, 'no courses')).toMatchObject({
      type: 'indirect', text: 'no courses would close', speaker: 'Greyfield University', speaker_kind: 'organization',
      speaker_mention: 'The university', speaker_start: at(text, 'The university'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a curator named before is no museum, so "the museum" stays unnamed', () => {
    const text = 'Curator Lena Ostrow said the wing was new. The museum said it was closing.';
    expect(quote(text, 'it was closing')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'The museum', cue: 'said', outlet: null });
  });
});
