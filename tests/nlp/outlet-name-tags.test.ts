import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a capitalised word the tagger reads as foreign stays in a known outlet name', () => {
  test('"Pro Football Talk" opening the sentence is the whole outlet, speaker and outlet', () => {
    const text = 'Pro Football Talk reported that the quarterback would stay in Denver.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the quarterback would stay in Denver', start: text.indexOf('the quarterback'), speaker: 'Pro Football Talk', cue: 'reported', outlet: 'Pro Football Talk' }]);
  });

  test('mid-sentence, before its cue, the name keeps "Pro"', () => {
    const text = 'The agent said Pro Football Talk reported that the contract was signed.';
    expect(quotesOf(text).find((q) => q.cue === 'reported')).toMatchObject({ text: 'the contract was signed', speaker: 'Pro Football Talk', outlet: 'Pro Football Talk' });
  });
});
