import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"The DOCUMENT, PARTICIPLE in PLACE, VERB": a participle the tagger reads as an adjective still describes the document', () => {
  test('"The complaint, unsealed in a court in Denver, alleges …": the document speaks, never the place', () => {
    const text = 'The 30-page complaint, unsealed in a federal court in Denver, alleges that Marlow "hid the losses from investors."';
    expect(quote(text, 'hid the losses')).toMatchObject({
      type: 'partial', text: 'hid the losses from investors.', start: at(text, 'hid the losses'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'The 30-page complaint', speaker_start: 0, cue: 'alleges', outlet: null,
    });
  });

  test('near miss: a person\'s name in apposition still speaks', () => {
    const text = 'The prosecutor, Dana Whitfield, said the case was strong.';
    expect(quote(text, 'the case')).toMatchObject({ type: 'indirect', speaker: 'Dana Whitfield', speaker_kind: 'person', cue: 'said', outlet: null });
  });
});
