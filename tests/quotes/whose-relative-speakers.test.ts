import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "A farmer whose land …" is a restrictive relative clause on the speaker, as "A farmer who owns …" is: the
// head before "whose" speaks, and a "he" after it stands for that head, not for a person named earlier.
describe('a "whose" relative clause between the speaker and the cue', () => {
  test('"A shepherd whose flock would have grazed two of the fields said …": the head speaks, not the noun before the cue', () => {
    const text = 'A shepherd whose flock would have grazed two of the fields said the lease had kept his farm afloat.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the lease had kept his farm afloat', start: at(text, 'the lease'), end: text.length - 1,
      speaker: null, speaker_mention: 'A shepherd', speaker_start: 0, speaker_end: at(text, ' whose'), speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said the lease'),
    }]);
  });

  test('the "he" of the next quotation is the shopkeeper, not the councillor named before', () => {
    const text = 'Councillor Rhodri Abernant objected. A shopkeeper whose store would have lost two of its parking bays said the plan would have sunk his business. “Nobody asked us,” he said.';
    expect(quote(text, 'the plan')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'A shopkeeper', speaker_start: at(text, 'A shopkeeper'), speaker_role: 'shopkeeper', cue: 'said' });
    expect(quote(text, 'Nobody asked us')).toMatchObject({
      type: 'direct', text: 'Nobody asked us,', speaker: null, speaker_mention: 'he', speaker_start: at(text, 'he said'), speaker_kind: 'anonymous', speaker_role: 'shopkeeper', cue: 'said',
    });
  });

  test('negative: a "who" clause keeps its head as before', () => {
    const text = 'A shopkeeper who owned the lease said the plan would have sunk his business.';
    expect(quote(text, 'the plan')).toMatchObject({ type: 'indirect', speaker_mention: 'A shopkeeper', cue: 'said' });
  });

  test('negative: "whose" after a comma is an aside on a named speaker, who still speaks', () => {
    const text = 'Rhodri Abernant, whose flock grazed the fields, said the lease had kept his farm afloat.';
    expect(quote(text, 'the lease')).toMatchObject({ type: 'indirect', speaker: 'Rhodri Abernant', cue: 'said' });
  });
});
