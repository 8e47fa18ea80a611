import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a league word anywhere in a name makes the speaker a league, not a person', () => {
  test('"Major League Soccer said …": "League" inside the name, the last word a sport', () => {
    const text = 'Major League Soccer said on Tuesday that it would review the fine.';
    expect(quote(text, 'it would review')).toMatchObject({
      type: 'indirect', start: 41, end: 65, text: 'it would review the fine',
      speaker: 'Major League Soccer', speaker_kind: 'organization', speaker_start: 0, speaker_end: 19, cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('"the Pacific Coast Conference said …": a conference is a league too', () => {
    const text = 'The Pacific Coast Conference said it would add two schools.';
    expect(quote(text, 'it would add')).toMatchObject({
      type: 'indirect', start: 34, end: 58, text: 'it would add two schools',
      speaker: 'Pacific Coast Conference', speaker_kind: 'organization', speaker_start: 4, speaker_end: 28, cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('near miss: a person described as working in a league stays the speaker', () => {
    const text = 'Tom Ruiz, a Major League Baseball umpire, said the call stood.';
    expect(quote(text, 'the call')).toMatchObject({
      type: 'indirect', start: 47, end: 61, text: 'the call stood',
      speaker: 'Tom Ruiz', speaker_kind: 'person', speaker_role: 'umpire', cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual(['Tom Ruiz']);
  });
});
