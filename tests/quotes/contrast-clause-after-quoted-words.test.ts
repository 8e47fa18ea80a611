import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('", while SUBJECT CUE" after words quoted in a framed clause', () => {
  test('the words before keep their own cue; the contrast clause takes only what follows it', () => {
    const text = 'One reader wrote that the ending was “far too neat,” while a second argued that “every thriller ends this way.”';
    expect(quote(text, 'far too neat')).toMatchObject({
      type: 'partial', text: 'far too neat,', start: at(text, 'far too neat'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'One reader', speaker_start: 0, cue: 'wrote', cue_start: at(text, 'wrote'), outlet: null,
    });
    expect(quote(text, 'every thriller')).toMatchObject({
      type: 'partial', text: 'every thriller ends this way.', speaker_mention: 'a second', speaker_start: at(text, 'a second'),
      cue: 'argued', cue_start: at(text, 'argued'), outlet: null,
    });
  });

  test('near miss: words with no cue before them take the cue after', () => {
    const text = 'The ending was “far too neat,” one reader wrote.';
    expect(quote(text, 'far too neat')).toMatchObject({ type: 'partial', speaker_mention: 'one reader', cue: 'wrote' });
  });
});
