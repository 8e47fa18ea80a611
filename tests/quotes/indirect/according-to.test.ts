import { describe, expect, test } from 'vitest';
import { quote } from '../../helpers/quotes.js';

describe('a relative clause on the outlet of "according to"', () => {
  test('", which reported that …" is the outlet\'s own report, "which" its mention', () => {
    const text = 'The airline lost $9 million last quarter, according to Reuters, which reported that the chief pilot had resigned.';
    expect(quote(text, 'the chief pilot')).toMatchObject({ text: 'the chief pilot had resigned', type: 'indirect', speaker: 'Reuters', speaker_mention: 'which', cue: 'reported', outlet: 'Reuters' });
    expect(quote(text, 'The airline')).toMatchObject({ text: 'The airline lost $9 million last quarter', speaker: 'Reuters' });
  });
});
