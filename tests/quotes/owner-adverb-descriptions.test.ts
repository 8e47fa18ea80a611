import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an adverb between an owner and an adjective stays inside a long description: "the actor behind one of X\'s most loved Y"', () => {
  test('the whole description speaks, its head the role, not the last words before the cue', () => {
    const text = 'The longtime stage manager behind one of the city\'s most admired theatres says she was pushed out by the board.';
    const mention = 'The longtime stage manager behind one of the city\'s most admired theatres';
    expect(quote(text, 'she was')).toMatchObject({
      type: 'indirect', text: 'she was pushed out by the board', start: at(text, 'she was'), end: text.length - 1,
      speaker: null, speaker_mention: mention, speaker_kind: 'anonymous', speaker_role: 'manager', cue: 'says', cue_start: at(text, 'says'), outlet: null,
    });
  });

  test('after a possessive determiner too: "The writer of her most famous songs said …"', () => {
    const text = 'The writer of her most famous songs said the tour was over.';
    expect(quote(text, 'the tour')).toMatchObject({ type: 'indirect', speaker_mention: 'The writer of her most famous songs', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('negative: an adverb before the cue is no part of the description', () => {
    const text = 'The theatre\'s stage manager quickly said she was pushed out by the board.';
    expect(quote(text, 'she was')).toMatchObject({ type: 'indirect', speaker_mention: 'The theatre\'s stage manager', cue: 'said' });
  });
});
