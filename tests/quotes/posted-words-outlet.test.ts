// "The host of “X”, NAME, posted …": a post goes out through no programme. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('words a programme\'s host posts have no outlet', () => {
  test('"The host of “Night Ferry”, Ola Brandt, posted on social media that …": no outlet', () => {
    const text = 'The host of “Night Ferry”, Ola Brandt, posted on social media that the crew was “heartbroken for the town”.';
    expect(quote(text, 'heartbroken')).toMatchObject({
      type: 'partial', text: 'heartbroken for the town', start: at(text, 'heartbroken'), speaker: 'Ola Brandt', speaker_kind: 'person',
      speaker_mention: 'Ola Brandt', speaker_start: at(text, 'Ola Brandt'), cue: 'posted', outlet: null,
    });
  });

  test('near miss: what the host says keeps the programme', () => {
    const text = 'The host of “Night Ferry”, Ola Brandt, said the crew was “heartbroken for the town”.';
    expect(quote(text, 'heartbroken')).toMatchObject({ speaker: 'Ola Brandt', cue: 'said', outlet: 'Night Ferry' });
  });
});
