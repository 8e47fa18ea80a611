import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

// Bodies named by their plainest kind words (src/nlp/words.ts ORGANIZATION_TAILS): "consortium", "federation",
// "syndicate" end a body's name. Sentences written for these tests.
describe('a body\'s name ending in "Consortium" or "Federation" is an organization', () => {
  test('"The Welsh Dairy Consortium said …": the whole name, its nation adjective kept', () => {
    const text = 'The Welsh Dairy Consortium said its members faced “the hardest winter in a decade.”';
    expect(quote(text, 'the hardest')).toMatchObject({
      type: 'partial', text: 'the hardest winter in a decade.', speaker: 'Welsh Dairy Consortium', speaker_mention: 'Welsh Dairy Consortium',
      speaker_start: at(text, 'Welsh'), speaker_kind: 'organization', cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('"The Harbour Rowing Federation said …" is an organization', () => {
    const text = 'The Harbour Rowing Federation said the regatta would go ahead.';
    expect(quote(text, 'the regatta')).toMatchObject({ speaker: 'Harbour Rowing Federation', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a person named after a given name stays a person', () => {
    const text = 'Tom Federer said the regatta would go ahead.';
    expect(quote(text, 'the regatta')).toMatchObject({ speaker: 'Tom Federer', speaker_kind: 'person' });
  });
});

describe('a company named with its business word read as a verb', () => {
  test('"The producers, Northway Touring, said … Northway announced …": the company at both quotes, no person', () => {
    const text = 'The producers, Northway Touring, said on Monday that the tour had been cancelled. Northway announced last month that Ada Quill would play the lead.';
    expect(quote(text, 'the tour')).toMatchObject({ speaker: 'Northway Touring', speaker_kind: 'organization', speaker_mention: 'Northway Touring', cue: 'said' });
    expect(quote(text, 'Ada Quill')).toMatchObject({ speaker: 'Northway Touring', speaker_kind: 'organization', speaker_mention: 'Northway', speaker_start: at(text, 'Northway announced'), cue: 'announced' });
    expect(entityNames(text).people).toEqual(['Ada Quill']);
  });
});
