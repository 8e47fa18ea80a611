import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a subject with a restrictive relative clause before the cue is the speaker whole', () => {
  test('after a conjunction of time: "…, after a diver who found the wreck claimed …"', () => {
    const text = 'The museum pulled the exhibit on Friday, after a diver who helped raise the wreck claimed she had never been paid.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'she had never')).toMatchObject({
      type: 'indirect', text: 'she had never been paid', start: at(text, 'she had never'),
      speaker_mention: 'a diver who helped raise the wreck', speaker_start: at(text, 'a diver'), speaker_end: at(text, ' claimed'),
      speaker_kind: 'anonymous', cue: 'claimed',
    });
  });

  test('a body\'s "that" clause after a conjunction: "after the firm that runs the ferry said …"', () => {
    const text = 'Sailings resumed after the firm that runs the ferry said the engine had been repaired.';
    expect(quote(text, 'the engine')).toMatchObject({
      type: 'indirect', text: 'the engine had been repaired', speaker: 'the firm that runs the ferry',
      speaker_mention: 'the firm that runs the ferry', speaker_kind: 'organization', cue: 'said',
    });
  });

  test('near miss: a "who" clause that holds the cue itself is the relative\'s report, cut before the main verb', () => {
    const text = 'Tenants who said they smelled gas were moved to a hotel.';
    expect(quote(text, 'they smelled')).toMatchObject({ type: 'indirect', text: 'they smelled gas', speaker_mention: 'who', cue: 'said' });
  });

  test('near miss: no cue after the clause reports nothing', () => {
    expect(quotesOf('The pier closed after the skipper who owns it sold the boat.')).toHaveLength(0);
  });
});

describe('a post described by a passive "that" clause, and a participle describing its noun', () => {
  test('"One message on Facebook that was liked …times read: “…”": the whole phrase speaks, not "30,000 times"', () => {
    const text = 'One message on Facebook that was liked 12,000 times read: “Bring back the night bus.”';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'Bring back')).toMatchObject({
      type: 'direct', text: 'Bring back the night bus.', start: at(text, 'Bring back'),
      speaker: null, speaker_mention: 'One message on Facebook that was liked 12,000 times', speaker_start: 0, speaker_end: at(text, ' read'),
      speaker_kind: 'anonymous', cue: 'read',
    });
  });

  test('"One widely shared reply read: “…”": "shared" describes the reply, "read" is the cue', () => {
    const text = 'One widely shared reply read: “Bring back the night bus.”';
    expect(quote(text, 'Bring back')).toMatchObject({ type: 'direct', text: 'Bring back the night bus.', speaker_kind: 'anonymous', cue: 'read', cue_start: at(text, 'read') });
    expect(quote(text, 'Bring back')!.speaker_mention).toContain('reply');
  });

  test('near miss: a verb after its subject is still the cue, its speaker the subject', () => {
    const text = 'The council shared a statement that read: “Bring back the night bus.”';
    expect(quote(text, 'Bring back')).toMatchObject({ cue: 'shared', speaker_mention: 'The council' });
  });
});
