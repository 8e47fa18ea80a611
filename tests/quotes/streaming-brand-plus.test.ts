import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a listed streaming brand with a "+" glued to its name', () => {
  test('"Apple TV+ said in a statement:": the brand speaks', () => {
    const text = 'Apple TV+ said in a statement: “The show will return next year.”';
    expect(quote(text, 'The show')).toMatchObject({ text: 'The show will return next year.', type: 'direct', start: at(text, 'The show'), end: at(text, '”'), speaker: 'Apple TV+', speaker_kind: 'organization', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null });
  });

  test('near miss: an unlisted name with a "+" is left as it was', () => {
    const text = 'Zentro+ said in a statement: “The show will return next year.”';
    expect(quote(text, 'The show')).toMatchObject({ speaker: null, speaker_kind: 'anonymous' });
  });
});
