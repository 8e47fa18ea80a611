import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an unnamed described speaker\'s outlet goes on to her "she said" in the same paragraph', () => {
  test('"One moderator of the forum told Polygon that …. “…,” she said. “…”"', () => {
    const text = 'Fans were divided.\n\nOne moderator of the forum told Polygon that the members had waited before. “We can wait,” she said. “We always have.”';
    expect(quote(text, 'We can wait')).toMatchObject({ text: 'We can wait,', type: 'direct', speaker: null, speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said. “We'), outlet: 'Polygon', start: at(text, 'We can') });
    expect(quote(text, 'We always')).toMatchObject({ type: 'direct', speaker: null, cue: 'said', outlet: 'Polygon' });
  });

  test('negative: "she said" opening the next paragraph keeps no outlet', () => {
    const text = 'Fans were divided.\n\nOne moderator of the forum told Polygon that the members had waited before.\n\n“We can wait,” she said.';
    expect(quote(text, 'We can wait')).toMatchObject({ type: 'direct', speaker: null, cue: 'said', outlet: null });
  });
});
