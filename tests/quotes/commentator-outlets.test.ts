import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"Commentating for OUTLET, X said …": a commentator\'s words ran on that broadcaster', () => {
  test('the report and the commentator\'s "told viewers" quote in the next paragraph', () => {
    const text = 'The match went to a fifth set.\n\nCommentating for the BBC, the former champion Irena Volkova said she had rarely seen such nerve.\n\n‘Watch her footwork,’ Volkova told viewers.';
    expect(quote(text, 'she had rarely')).toMatchObject({
      text: 'she had rarely seen such nerve', start: at(text, 'she had rarely'), type: 'indirect',
      speaker: 'Irena Volkova', speaker_start: at(text, 'Irena Volkova'), cue: 'said', outlet: 'BBC',
    });
    expect(quote(text, 'Watch her')).toMatchObject({
      text: 'Watch her footwork,', start: at(text, 'Watch her'), type: 'direct',
      speaker: 'Irena Volkova', speaker_mention: 'Volkova', cue: 'told', outlet: 'BBC',
    });
  });

  test('near miss: another speaker after the commentator keeps no outlet', () => {
    const text = 'Commentating for the BBC, the former champion Irena Volkova said she had rarely seen such nerve.\n\n‘I was tired,’ said the winner, Anna Berg.';
    expect(quote(text, 'I was tired')).toMatchObject({ speaker: 'Anna Berg', outlet: null });
  });
});
