import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"on air" inside what is reported does not put the speaker on air (programme-segments.ts)', () => {
  const text = 'Dana Whitfield said in an interview with NBC that the series had found its audience.\n\nThe studio said in a statement that the cast would return.\n\nOkonkwo, for his part, said he hoped to see the old crew back on air "before the spring is out."';

  test('another speaker two paragraphs on, reporting an airing, gets no outlet from the interview', () => {
    expect(quote(text, 'the series had found')).toMatchObject({ type: 'indirect', speaker: 'Dana Whitfield', cue: 'said', outlet: 'NBC' });
    expect(quote(text, 'before the spring')).toMatchObject({
      text: 'before the spring is out.', type: 'partial', start: at(text, 'before the spring'),
      speaker: 'Okonkwo', speaker_start: at(text, 'Okonkwo'), cue: 'said', outlet: null,
    });
  });

  test('an indirect quote whose content holds "on air" gets no outlet either', () => {
    const indirect = 'Dana Whitfield said in an interview with NBC that the series had found its audience.\n\nThe studio said in a statement that the cast would return.\n\nOkonkwo said he hoped to see the old crew back on air soon.';
    expect(quote(indirect, 'he hoped')).toMatchObject({ text: 'he hoped to see the old crew back on air soon', type: 'indirect', start: at(indirect, 'he hoped'), speaker: 'Okonkwo', cue: 'said', outlet: null });
  });

  test('near miss: "said on air that" still puts the words in the segment on air', () => {
    const onAir = 'Dana Whitfield told CBS Mornings that the series had found its audience.\n\nHer co-star Leo Marsh said on air that the finale was "the best thing we shot."';
    expect(quote(onAir, 'the best thing')).toMatchObject({ text: 'the best thing we shot.', type: 'partial', start: at(onAir, 'the best thing'), speaker: 'Leo Marsh', speaker_start: at(onAir, 'Leo Marsh'), cue: 'said', outlet: 'CBS Mornings' });
  });
});
