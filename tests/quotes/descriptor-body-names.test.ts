import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a nation\'s or party\'s word opening a body\'s name stays in the name', () => {
  const subject = (text: string, speaker: string, mention = speaker) => {
    expect(quote(text, 'fares')).toMatchObject({
      type: 'indirect', text: 'fares would rise', start: at(text, 'fares'), speaker, speaker_kind: 'organization',
      speaker_mention: mention, speaker_start: at(text, mention), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  };

  test('"The American Coastal Institute, the …, said": American is the name\'s', () => {
    subject('The American Coastal Institute, the shippers\' main lobbying group, said fares would rise.', 'American Coastal Institute');
  });

  test('"The American Riders Alliance said that", "British Skyline Airways said", "the Republican Harbor Committee said"', () => {
    const text = 'The American Riders Alliance said that fares would rise.';
    expect(quote(text, 'fares')).toMatchObject({ speaker: 'American Riders Alliance', speaker_mention: 'American Riders Alliance', speaker_start: 4, speaker_kind: 'organization', cue: 'said' });
    subject('British Skyline Airways said fares would rise.', 'British Skyline Airways');
    subject('The Republican Harbor Committee said fares would rise.', 'Republican Harbor Committee');
  });

  test('near miss: "the American actor Ivo Marsh", "American officials" keep their readings', () => {
    const actor = 'The American actor Ivo Marsh said fares would rise.';
    expect(quote(actor, 'fares')).toMatchObject({ speaker: 'Ivo Marsh', speaker_kind: 'person', speaker_mention: 'Ivo Marsh', speaker_start: at(actor, 'Ivo'), speaker_role: 'actor', cue: 'said' });
    const officials = 'American officials said fares would rise.';
    expect(quote(officials, 'fares')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'American officials', speaker_start: 0, cue: 'said' });
  });

  test('near miss: a party\'s word before a person\'s name is still no part of it', () => {
    const text = 'Republican Ivo Marsh said fares would rise.';
    expect(quote(text, 'fares')).toMatchObject({ speaker: 'Ivo Marsh', speaker_kind: 'person', speaker_start: at(text, 'Ivo') });
  });
});
