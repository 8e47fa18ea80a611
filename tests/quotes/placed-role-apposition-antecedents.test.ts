import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name in apposition after a role placed by a short phrase of common words is the subject a "he"/"she" goes on with', () => {
  test('"X\'s partner in the new venture, NAME, posted …. He said …" is that name, not the earlier speaker', () => {
    const text = 'Okafor wrote on X that the deal had collapsed.\n\nMarlowe\'s partner in the new venture, Tobias Renn, posted a long reply on Instagram. He said he had warned them in March.';
    expect(quote(text, 'he had warned')).toMatchObject({
      type: 'indirect', text: 'he had warned them in March', start: at(text, 'he had warned'), speaker: 'Tobias Renn', speaker_kind: 'person',
      speaker_mention: 'He', speaker_start: at(text, 'He said'), cue: 'said', outlet: null,
    });
  });

  test('"Her lawyer in the civil case, NAME, declined …. She said …" too', () => {
    const text = 'Okafor wrote on X that the case was filed. Her lawyer in the civil case, Dana Price, declined to comment. She said the ruling was wrong.';
    expect(quote(text, 'the ruling')).toMatchObject({
      type: 'indirect', text: 'the ruling was wrong', start: at(text, 'the ruling'), speaker: 'Dana Price', speaker_mention: 'She',
      speaker_start: at(text, 'She said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a place after the preposition, its comma closing the place, names no one in apposition', () => {
    const text = 'Okafor wrote on X that the deal had collapsed.\n\nA neighbour in Dayton, Ohio, posted a long reply on Instagram. He said he had warned them in March.';
    expect(quote(text, 'he had warned')).toMatchObject({ speaker_mention: 'He', speaker: 'Okafor', cue: 'said' });
  });
});
