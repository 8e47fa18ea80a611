import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('an outlet whose name is a common word ("The Information") is an outlet where a source context names it', () => {
  test('"According to The Information, …": the outlet speaks and is its own outlet', () => {
    const text = 'According to The Information, the startup had cut its hiring plans.';
    expect(quote(text, 'the startup')).toMatchObject({
      type: 'indirect', start: 30, end: 66, speaker: 'The Information', speaker_kind: 'outlet', speaker_start: 13, speaker_end: 28,
      cue: 'According to', outlet: 'The Information',
    });
    expect(entityNames(text).outlets).toEqual(['The Information']);
  });

  test('near miss: "the information" as an ordinary noun names no outlet', () => {
    const text = 'The information was wrong, Tom Reed said.';
    expect(quote(text, 'The information')).toMatchObject({ speaker: 'Tom Reed', speaker_kind: 'person', cue: 'said', outlet: null });
    expect(entityNames(text).outlets).toEqual([]);
  });
});
