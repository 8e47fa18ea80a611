import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a stage name with a "whose real name is NAME" aside', () => {
  test('the stage name opening the sentence is the person named in the aside, and a "he" after it is that person', () => {
    const text = 'Last spring Dario Lenz put out a song in which he mocked T-Bone.\n\nT-Bone, whose real name is Marcus Ellery, answered the song in an interview with Billboard. "He went too far," he said.';
    expect(quote(text, 'He went too far')).toMatchObject({
      type: 'direct', text: 'He went too far,', start: at(text, '"He went') + 1, speaker: 'Marcus Ellery', speaker_kind: 'person',
      speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: 'Billboard',
    });
  });

  test('"born NAME" gives the real name too (the speaker; the interview there is not read as a venue)', () => {
    const text = 'Dario Lenz mocked Skyhook on a new track.\n\nSkyhook, born Marcus Ellery, addressed the track in an interview with Billboard. "It was cheap," he said.';
    expect(quote(text, 'It was cheap')).toMatchObject({ type: 'direct', speaker: 'Marcus Ellery', speaker_kind: 'person', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said' });
  });

  test('near miss: "whose sister is NAME" names someone else; the subject keeps the pronoun', () => {
    const text = 'Dario Lenz put out a song.\n\nTomas Rojo, whose sister is Ana Ruiz, answered the song in an interview with Billboard. "He went too far," he said.';
    expect(quote(text, 'He went too far')).toMatchObject({ type: 'direct', speaker: 'Tomas Rojo', speaker_mention: 'he', cue: 'said', outlet: 'Billboard' });
  });
});
