import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('an answer after an opening question clause', () => {
  test('"Asked whether …, X said …": the answerer reports the answer', () => {
    const text = 'Tomas Reyes coaches the first team. Asked whether Okafor had handed in a transfer request, Reyes said he had not.';
    expect(quote(text, 'he had not')).toMatchObject({ text: 'he had not', type: 'indirect', speaker: 'Tomas Reyes', speaker_mention: 'Reyes', speaker_start: at(text, 'Reyes said'), cue: 'said' });
    expect(quotesOf(text).filter((q) => q.speaker_mention === 'Okafor')).toHaveLength(0);
  });

  test('"When X asked about …, she said …": she answers, not the one asking', () => {
    const text = 'Mara Okafor spoke to the Harbour Gazette. When Tillery asked about the long break, she said it had never been planned.';
    expect(quote(text, 'it had never')).toMatchObject({ text: 'it had never been planned', type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'she', cue: 'said' });
  });
});
