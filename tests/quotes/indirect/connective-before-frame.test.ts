import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('"Instead, she said, CLAUSE": a lone connective before a parenthetical frame is no part of the report', () => {
  test('the report is the clause after the frame', () => {
    const text = 'Okonjo said the mural would stay. Instead, she said, it will be moved to the foyer.';
    expect(quote(text, 'it will')).toMatchObject({ type: 'indirect', text: 'it will be moved to the foyer', start: at(text, 'it will'), end: text.length - 1, speaker: 'Okonjo', cue: 'said', outlet: null });
    const then = 'Okonjo said the mural would stay. Then, she said, the foyer will be repainted.';
    expect(quote(then, 'the foyer')).toMatchObject({ type: 'indirect', text: 'the foyer will be repainted', start: at(then, 'the foyer'), speaker: 'Okonjo', cue: 'said' });
  });

  test('negative: a subject before the frame keeps the sentence around it', () => {
    const text = 'Okonjo said the mural would stay. The foyer, she said, will be repainted.';
    expect(quote(text, 'The foyer')).toMatchObject({ type: 'indirect', text: 'The foyer, she said, will be repainted', start: at(text, 'The foyer'), speaker: 'Okonjo', cue: 'said' });
  });
});
