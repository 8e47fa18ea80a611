import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

// The outlet search after a cue stops a few words on; a name running past that point is read whole (outlet-near.ts).
const SHELTER = 'Dana Whitcombe runs the county pound. She said the Ohio shelter, run by the Evening Star Wolf Foundation, had "room for six more." Asked about costs, she said the county was "still counting."';

describe('a capitalised name cut by the outlet search is read whole', () => {
  test('"run by the Evening Star Wolf Foundation" names no paper "The Evening Star"', () => {
    expect(quote(SHELTER, 'room for six')).toMatchObject({
      text: 'room for six more.', type: 'partial', start: at(SHELTER, 'room for six'), speaker: 'Dana Whitcombe', speaker_mention: 'She',
      speaker_start: at(SHELTER, 'She said'), cue: 'said', cue_start: at(SHELTER, 'said the Ohio'), outlet: null,
    });
    expect(quote(SHELTER, 'still counting')).toMatchObject({ type: 'partial', speaker: 'Dana Whitcombe', cue: 'said', outlet: null });
    expect(extractArticle(SHELTER, { id: 't' }).entities.outlets).toEqual([]);
  });

  test('a whole paper\'s name after "reported by the" is still the outlet (negative case)', () => {
    const text = 'The grant, first reported by the Kansas City Star, will fund a new barn. "We are grateful," said Ann Lee, who runs the Harbour Elephant Trust.';
    expect(quote(text, 'The grant')).toMatchObject({ type: 'indirect', speaker: 'The Kansas City Star', speaker_kind: 'outlet', cue: 'reported', outlet: 'The Kansas City Star' });
    expect(quote(text, 'We are grateful')).toMatchObject({ type: 'direct', speaker: 'Ann Lee', cue: 'said', outlet: null });
  });
});
