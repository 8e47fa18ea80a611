import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an outlet\'s own report between a speaker\'s interview and their later words (interview-carry.ts)', () => {
  const interview = 'In an interview with Variety before the premiere, Omar Lindqvist had said he expected the finale to “split the audience right down the middle.” “That is the point,” he told the magazine.\n\n';

  test('a sentence opening on another occasion after the report ("At the end of his livestream, …") leaves the interview behind', () => {
    const text = interview + 'Lindqvist, 52, began in theatre. Rolling Stone reported that a film version was in development.\n\nAt the end of his livestream, Lindqvist leaned toward the camera. “If you hated it, watch it again,” he said.';
    expect(quote(text, 'That is the point')).toMatchObject({ speaker: 'Omar Lindqvist', cue: 'told', outlet: 'Variety' });
    expect(quote(text, 'If you hated')).toMatchObject({
      text: 'If you hated it, watch it again,', type: 'direct', start: at(text, 'If you hated'),
      speaker: 'Omar Lindqvist', speaker_mention: 'he', cue: 'said', outlet: null,
    });
  });

  test('near miss: the outlet\'s report itself keeps its own outlet', () => {
    const text = interview + 'Rolling Stone reported that a film version was in development.';
    expect(quote(text, 'a film version')).toMatchObject({ text: 'a film version was in development', type: 'indirect', speaker: 'Rolling Stone', cue: 'reported', outlet: 'Rolling Stone' });
  });
});
