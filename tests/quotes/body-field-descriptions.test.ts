import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a body written in small letters with its field ("the chamber of commerce") is an organisation', () => {
  test('the phrase speaks as a body, and "It" in the next sentence is that body', () => {
    const text = "The town's chamber of commerce said in a statement that parking fees would drive shoppers away. It called for a free hour instead.";
    expect(quote(text, 'parking fees')).toMatchObject({
      type: 'indirect', text: 'parking fees would drive shoppers away', start: at(text, 'parking fees'), speaker: "The town's chamber of commerce",
      speaker_kind: 'organization', speaker_start: 0, cue: 'said', outlet: null,
    });
    expect(quote(text, 'a free hour')).toMatchObject({
      type: 'indirect', text: 'a free hour instead', speaker: "The town's chamber of commerce", speaker_kind: 'organization',
      speaker_mention: 'It', speaker_start: at(text, 'It called'), cue: 'called for', outlet: null,
    });
  });

  test('near miss: friends of someone are people, not a body', () => {
    const text = 'Friends of the family said the couple had planned to move.';
    expect(quote(text, 'the couple')).toMatchObject({ type: 'indirect', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('near miss: a survey of people is no body', () => {
    const text = 'A survey of shop owners found that most feared the ban.';
    expect(quotesOf(text).every((q) => q.speaker_kind !== 'organization')).toBe(true);
  });
});
