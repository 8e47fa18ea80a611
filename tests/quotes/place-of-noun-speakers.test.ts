import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('"the region/city/state of PLACE" after a people noun names a place, no speaker', () => {
  test('"People in the region of PLACE said": the people, unnamed', () => {
    const text = 'Farmers in the province of Kestova said the harvest had come too late.';
    expect(quote(text, 'the harvest')).toMatchObject({
      text: 'the harvest had come too late', type: 'indirect', speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'Farmers in the province of Kestova', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).not.toContain('Kestova');
  });

  test('"a spokesman for the city of PLACE said": the spokesman, with his role', () => {
    const text = 'A spokesman for the city of Marlow said the pool would stay shut.';
    expect(quote(text, 'the pool')).toMatchObject({
      text: 'the pool would stay shut', type: 'indirect', speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A spokesman for the city of Marlow', speaker_start: 0, speaker_role: 'spokesman', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: a name before a description holding "the town of PLACE" still speaks', () => {
    const text = 'Ines Varga, the mayor of the town of Marlow, said the pool would stay shut.';
    expect(quote(text, 'the pool')).toMatchObject({
      speaker: 'Ines Varga', speaker_kind: 'person', speaker_mention: 'Ines Varga', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });
});

describe('an adjective before the place\'s kind noun keeps the name after "of" a place', () => {
  test('"Residents of the Hebridean island of Corrabh said …": the residents speak, not a person Corrabh', () => {
    const text = 'Residents of the Hebridean island of Corrabh said the ferry timetable was unworkable.';
    expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry timetable was unworkable', start: at(text, 'the ferry'), type: 'indirect', speaker: null, speaker_mention: 'Residents of the Hebridean island of Corrabh', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said' });
  });

  test('a role and a name after "of the Scottish" stays that person (near miss)', () => {
    const text = 'Fans of the Scottish singer Ewan Ross said the ferry timetable was unworkable.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Ewan Ross', speaker_mention: 'Ewan Ross', speaker_kind: 'person', cue: 'said' });
  });
});
