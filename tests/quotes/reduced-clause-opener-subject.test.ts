import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a reduced "when asked …" clause opening the sentence is stepped over to find the subject', () => {
  test('"When asked …, NAME laughed and said …": the name is the subject of the coordinated cue', () => {
    const text = 'When asked about a sequel, Dana Whitlock laughed and said it was “still a long way off.”';
    expect(quote(text, 'still a long')).toMatchObject({
      type: 'partial', text: 'still a long way off.', speaker: 'Dana Whitlock', speaker_mention: 'Dana Whitlock',
      speaker_start: at(text, 'Dana'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
