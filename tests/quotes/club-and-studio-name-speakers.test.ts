import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a club or a studio named by its last word is a body, not a person', () => {
  test('"Kelford Wanderers said in a statement that …": organization, no one among the people', () => {
    const text = 'Kelford Wanderers said in a statement that the striker had left the club.';
    expect(quote(text, 'the striker')).toMatchObject({
      type: 'indirect', text: 'the striker had left the club', start: at(text, 'the striker'), speaker: 'Kelford Wanderers', speaker_kind: 'organization',
      speaker_mention: 'Kelford Wanderers', speaker_start: 0, speaker_end: 17, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('a well-known club by one word: "Celtic said …"', () => {
    const text = 'Celtic said the transfer fee was undisclosed.';
    expect(quote(text, 'the transfer')).toMatchObject({ type: 'indirect', text: 'the transfer fee was undisclosed', speaker: 'Celtic', speaker_kind: 'organization', speaker_start: 0, speaker_end: 6, cue: 'said', outlet: null });
    expect(people(text)).toEqual([]);
  });

  test('an animation studio is not listed among people', () => {
    expect(people('The series was made by Lisbon-based Amber Fox Animation.')).toEqual([]);
  });

  test('near miss: a given name before a club word keeps the person as speaker', () => {
    const text = 'Selene Rovers said she was delighted.';
    expect(quote(text, 'she was')).toMatchObject({ speaker: 'Selene Rovers', speaker_kind: 'person', speaker_start: 0, cue: 'said' });
  });
});

describe('a club whose last word also ends places\' names ("Town", "County") is a body (data/organisations.json club_tails)', () => {
  test('"Pellham Town said …": organization', () => {
    const text = 'Pellham Town said it would name a new coach next week.';
    expect(quote(text, 'it would')).toMatchObject({ type: 'indirect', text: 'it would name a new coach next week', speaker: 'Pellham Town', speaker_kind: 'organization', speaker_start: 0, speaker_end: 12, cue: 'said' });
  });

  test('"The club said" after "Pellham Town have dismissed …" stands for the club', () => {
    const text = 'Pellham Town have dismissed coach Rory Vance. The club said it had acted with regret.';
    expect(quote(text, 'it had acted')).toMatchObject({ type: 'indirect', text: 'it had acted with regret', speaker: 'Pellham Town', speaker_mention: 'The club', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a given name before "Town" is a person: "Grace Town said …"', () => {
    const text = 'Grace Town said she would stay on.';
    expect(quote(text, 'she would')).toMatchObject({ speaker: 'Grace Town', speaker_kind: 'person' });
  });
});
