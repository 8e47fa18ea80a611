import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { isRoyalOfPhrase } from '../../src/quotes/title-nicknames.js';

describe('a royal title with "of" as a speaker: a nickname or an office, never the word after "of"', () => {
  test('"the King of Pop said" with no one given the nickname: the whole phrase is the mention, no person', () => {
    const text = 'Tom Reed opened the show. "I am back," the King of Pop said.';
    expect(quote(text, 'I am back')).toMatchObject({
      type: 'direct', text: 'I am back,', start: at(text, 'I am'), speaker: null, speaker_mention: 'the King of Pop', speaker_start: at(text, 'the King'), speaker_kind: 'anonymous', cue: 'said',
    });
    expect(quotesOf(text).some((q) => q.speaker === 'Pop')).toBe(false);
  });

  test('after the cue, "said the Queen of Soul", and a royal title\'s "of the": "The Prince of the Night said"', () => {
    const text = '"I am back," said the Queen of Soul. The Prince of the Night said he was tired.';
    expect(quote(text, 'I am back')).toMatchObject({ speaker: null, speaker_mention: 'the Queen of Soul', cue: 'said' });
    expect(quote(text, 'he was tired')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'The Prince of the Night', cue: 'said' });
  });

  test('the person the article gives the nickname to, in apposition either way round', () => {
    const one = 'Dara Vell, the Queen of Soul, toured in May. Tom Reed spoke. "I am back," said the Queen of Soul.';
    expect(quote(one, 'I am back')).toMatchObject({ speaker: 'Dara Vell', speaker_mention: 'the Queen of Soul', speaker_kind: 'person' });
    const two = 'The King of Pop, Dara Vell, toured in May. Tom Reed spoke. "I am back," the King of Pop said.';
    expect(quote(two, 'I am back')).toMatchObject({ speaker: 'Dara Vell', speaker_mention: 'the King of Pop' });
    const known = 'Dara Vell, known as the King of Pop, toured in May. Tom Reed spoke. "I am back," the King of Pop said.';
    expect(quote(known, 'I am back')).toMatchObject({ speaker: 'Dara Vell' });
    const opening = 'Dara Vell, the Queen of Soul, toured in May. Tom Reed spoke. The Queen of Soul said she was back.';
    expect(quote(opening, 'she was back')).toMatchObject({ type: 'indirect', speaker: 'Dara Vell', speaker_mention: 'The Queen of Soul', cue: 'said' });
  });

  test('not resolved by recency: the person named last is not the nickname\'s', () => {
    const text = 'Dara Vell toured in May. "I am back," the Queen of Soul said.';
    expect(quote(text, 'I am back')).toMatchObject({ speaker: null, speaker_mention: 'the Queen of Soul' });
  });

  test('a noble title and its land is still a name: "the Duke of Harwell said"', () => {
    const text = 'The Duke of Harwell said he was tired.';
    expect(quote(text, 'he was tired')).toMatchObject({ speaker: 'Duke of Harwell', speaker_kind: 'person' });
    // (A royal's "of" phrase, though classify reads this one as a person first and never asks.)
    expect(isRoyalOfPhrase('the Duke of Harwell')).toBe(true);
    expect(isRoyalOfPhrase('the head of Parks')).toBe(false);
  });
});
