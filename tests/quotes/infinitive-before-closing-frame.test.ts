import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an infinitive after words quoted mid-sentence is no cue when a closing frame reports the sentence', () => {
  test('"X is “…” to respond, NAME said": the closing frame\'s speaker and cue', () => {
    const text = 'The council is “in no rush” to reply, Vesna Orlic said.';
    const q = quote(text, 'in no rush');
    expect(q).toMatchObject({
      text: 'in no rush', type: 'partial', start: at(text, 'in no rush'), speaker: 'Vesna Orlic', speaker_kind: 'person',
      speaker_mention: 'Vesna Orlic', speaker_start: at(text, 'Vesna'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('"…, said NAME" after the infinitive too', () => {
    const text = 'The council is “in no rush” to reply, said Vesna Orlic.';
    expect(quote(text, 'in no rush')).toMatchObject({ speaker: 'Vesna Orlic', speaker_start: at(text, 'Vesna'), cue: 'said', cue_start: at(text, 'said') });
  });

  test('negative: a cue of a clause inside the infinitive\'s phrase, no comma before it, closes nothing', () => {
    const text = 'The council is “in no rush” to reply to critics who say it has stalled.';
    expect(quote(text, 'in no rush')).toMatchObject({ type: 'partial', cue: 'reply', cue_start: at(text, 'reply') });
  });
});
