import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"X, <aside with a quoted title>, said: “…”": the subject before the aside speaks', () => {
  test('a participle aside naming a programme in quotation marks', () => {
    const text = 'Brannock, speaking on the network\'s breakfast show, “Early Light”, said: “We will rebuild the pier.”';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'We will rebuild')).toMatchObject({
      type: 'direct', text: 'We will rebuild the pier.', start: at(text, 'We will rebuild'),
      speaker: 'Brannock', speaker_mention: 'Brannock', speaker_start: 0, speaker_end: 8, speaker_kind: 'person',
      cue: 'said', cue_start: at(text, 'said:'),
    });
  });

  test('a description holding a film title, then the body\'s name in apposition', () => {
    const text = 'The producers of “Salt Meadow”, Greyhaven Films, said: “The shoot went to plan.”';
    expect(quote(text, 'The shoot')).toMatchObject({
      type: 'direct', text: 'The shoot went to plan.', speaker: 'Greyhaven Films', speaker_mention: 'Greyhaven Films',
      speaker_start: at(text, 'Greyhaven'), speaker_kind: 'organization', cue: 'said',
    });
  });

  test('near miss: with no quoted title in the aside the clause rules read it as before', () => {
    const text = 'The producers of the drama, Greyhaven Films, said: “The shoot went to plan.”';
    expect(quote(text, 'The shoot')).toMatchObject({ type: 'direct', speaker: 'Greyhaven Films', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a title in the aside is no quotation of its own', () => {
    const text = 'Brannock, speaking on the network\'s breakfast show, “Early Light”, said: “We will rebuild the pier.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['We will rebuild the pier.']);
  });
});
