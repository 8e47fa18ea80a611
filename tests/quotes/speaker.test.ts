import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"according to X, NAME, AGE, verb …": the name opens the reported clause', () => {
  test('an aside between commas, then a verb: the source is the phrase after "according to", the name is in the content', () => {
    const text = 'The couple met in 2019. According to the insider, Pellerin, 34, proposed during a trip to Port Elwin last month.';
    expect(quote(text, 'Pellerin')).toMatchObject({
      type: 'indirect', text: 'Pellerin, 34, proposed during a trip to Port Elwin last month', start: at(text, 'Pellerin'),
      speaker_mention: 'the insider', speaker_start: at(text, 'the insider'), speaker_kind: 'anonymous', cue: 'According to', cue_start: at(text, 'According'),
    });
  });

  test('a longer aside ("a local pilot") works the same way', () => {
    const text = 'According to the harbour board, Mara Okafor, a local pilot, will lead the crew next year.';
    expect(quote(text, 'Mara Okafor')).toMatchObject({ type: 'indirect', text: 'Mara Okafor, a local pilot, will lead the crew next year', speaker_mention: 'the harbour board' });
  });

  test('a name in apposition with no verb after it is the source', () => {
    const text = 'According to a spokeswoman, Mara Okafor, the harbour will close in May.';
    expect(quote(text, 'the harbour')).toMatchObject({ type: 'indirect', text: 'the harbour will close in May', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: at(text, 'Mara') });
  });
});
