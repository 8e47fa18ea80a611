import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a known outlet name opening a sentence\'s subject is read whole', () => {
  test('"Time Out New York\'s Dev Rana gave … and said": the speaker is the critic, not the outlet "Time"', () => {
    const text = 'Time Out New York\'s Dev Rana gave the revival two stars and said it "confuses noise with feeling."';
    expect(quote(text, 'confuses')).toMatchObject({
      text: 'confuses noise with feeling.', start: at(text, 'confuses'), type: 'partial',
      speaker: 'Dev Rana', speaker_mention: 'Dev Rana', speaker_start: at(text, 'Dev Rana'), cue: 'said',
    });
  });

  test('a subject that is no outlet is left alone (negative case)', () => {
    const text = 'Mara Okafor gave the revival two stars and said it "confuses noise with feeling."';
    expect(quote(text, 'confuses')).toMatchObject({ speaker: 'Mara Okafor', speaker_start: 0, cue: 'said', outlet: null });
  });
});
