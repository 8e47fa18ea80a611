// A lone one-word name of a large, well-known company (data/organisations.json) is the company, though nothing
// else in the article says it is one. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('large companies named alone', () => {
  test('a utility or a trader before "said" is an organisation, no person', () => {
    const text = 'Vattenfall said heating bills would climb again in January.';
    expect(quote(text, 'heating bills')).toMatchObject({
      type: 'indirect', text: 'heating bills would climb again in January', start: at(text, 'heating bills'),
      speaker: 'Vattenfall', speaker_mention: 'Vattenfall', speaker_kind: 'organization', speaker_role: null,
      speaker_start: 0, speaker_end: 'Vattenfall'.length, cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
    const after = '“Supply is tight,” said Glencore.';
    expect(quote(after, 'Supply is tight')).toMatchObject({ type: 'direct', speaker: 'Glencore', speaker_kind: 'organization', speaker_start: at(after, 'Glencore') });
  });

  test('near miss: a one-word name no list knows, with no company evidence, stays a person', () => {
    const text = 'Marrowby said heating bills would climb again in January.';
    expect(quote(text, 'heating bills')).toMatchObject({ speaker: 'Marrowby', speaker_kind: 'person' });
    expect(entityNames(text).people).toEqual(['Marrowby']);
  });
});
