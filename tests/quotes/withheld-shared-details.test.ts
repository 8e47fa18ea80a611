import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"declined to share" words or details is a refusal, no report (cues.json refused_giving_verbs)', () => {
  test('"declined to share her reply" gives nothing; the report before stays', () => {
    const text = 'Brandt said he had written to the minister. He declined to share her answer.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'he had written to the minister', start: at(text, 'he had'), speaker: 'Brandt', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
  });

  test('"refused to share details / the messages" gives nothing', () => {
    expect(quotesOf('The club refused to share details of the transfer.')).toEqual([]);
    expect(quotesOf('Her lawyer declined to share the messages with reporters.')).toEqual([]);
    expect(quotesOf('The mayor has refused to share his reply to the auditors.')).toEqual([]);
  });

  test('near miss: sharing a thing that is no words stays a report of the refusal', () => {
    const text = 'The company refused to share the profits with its drivers.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'to share the profits with its drivers', start: at(text, 'to share'), speaker: 'The company', speaker_start: 0, cue: 'refused', cue_start: at(text, 'refused'), outlet: null,
    }]);
  });
});
