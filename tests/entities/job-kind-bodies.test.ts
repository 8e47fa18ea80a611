import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('"the pollster Deltapoll": a job that is also a kind of body names a body by one body-shaped word', () => {
  test('a one-word name after "the pollster" is an organisation speaker and no person', () => {
    const text = 'The pollster Marquetta said its weekend survey showed a narrowing race.';
    expect(quote(text, 'its weekend')).toMatchObject({
      type: 'indirect', text: 'its weekend survey showed a narrowing race', start: at(text, 'its weekend'),
      speaker: 'Marquetta', speaker_kind: 'organization', speaker_role: null, speaker_mention: 'Marquetta', speaker_start: at(text, 'Marquetta'),
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(entityNames(text).people).not.toContain('Marquetta');
  });

  test('capitals inside one word ("PollCo") and another job kind ("the promoter")', () => {
    expect(quote('The pollster VoteLab said turnout would be high.', 'turnout')).toMatchObject({ speaker: 'VoteLab', speaker_kind: 'organization' });
    expect(quote('The promoter Ringcraft said the bout would go ahead.', 'the bout')).toMatchObject({ speaker: 'Ringcraft', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a full personal name after the job stays a person, as does a surname of someone named before', () => {
    const text = 'The pollster Nora Whitcombe said turnout would be high.';
    expect(quote(text, 'turnout')).toMatchObject({ speaker: 'Nora Whitcombe', speaker_kind: 'person', speaker_role: 'pollster' });
    expect(entityNames(text).people).toContain('Nora Whitcombe');
    const short = 'Nora Whitcombe has run polls for 20 years. The pollster Whitcombe said turnout would be high.';
    expect(quote(short, 'turnout')).toMatchObject({ speaker: 'Nora Whitcombe', speaker_kind: 'person' });
    expect(quote('The broadcaster Sally Brennan said the schedule would change.', 'the schedule')).toMatchObject({ speaker: 'Sally Brennan', speaker_kind: 'person' });
  });
});
