import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('an office-holder\'s title before "’s Office" names a body, no person', () => {
  test('"the Marlow County Sheriff’s Office said …": an organisation, and no sheriff in the people list', () => {
    const text = 'The Marlow County Sheriff’s Office said the road would stay closed.';
    expect(quote(text, 'the road')).toMatchObject({
      type: 'indirect', start: 40, end: 66, text: 'the road would stay closed',
      speaker: 'The Marlow County Sheriff’s Office', speaker_kind: 'organization', speaker_start: 0, speaker_end: 34, cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('"the District Attorney’s Office said …"', () => {
    const text = 'The District Attorney’s Office said the charges would be dropped.';
    expect(quote(text, 'the charges')).toMatchObject({
      type: 'indirect', start: 36, end: 64, text: 'the charges would be dropped',
      speaker: 'The District Attorney’s Office', speaker_kind: 'organization', speaker_start: 0, speaker_end: 30, cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('near miss: a person\'s own name before "’s Office" stays a person', () => {
    expect(entityNames('Governor Ana Ruiz’s Office said the bill would be signed.').people).toEqual(['Ana Ruiz']);
  });
});
