import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('a parenthetical frame after a report of its own never takes the whole sentence', () => {
  test('"X, a …, said A — an argument, she said, that B": A is X\'s report, B the aside\'s', () => {
    const text = 'But Nadia Okoro, a retired auditor, said the board had hidden the losses — an argument, she said, that a jury might find convincing.';
    const quotes = quotesOf(text);
    expect(quotes).toMatchObject([
      { type: 'indirect', text: 'the board had hidden the losses', start: at(text, 'the board'), speaker: 'Nadia Okoro', speaker_mention: 'Nadia Okoro', cue: 'said', cue_start: at(text, 'said the'), outlet: null },
      { type: 'indirect', text: 'a jury might find convincing', start: at(text, 'a jury'), speaker: 'Nadia Okoro', speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said, that'), outlet: null },
    ]);
  });

  test('near miss: a frame set inside a sentence with no report before it still reports the sentence', () => {
    const text = 'The ferry would sink, she said, because nobody repaired it.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'The ferry would sink', start: 0, cue: 'said' },
      { type: 'indirect', text: 'nobody repaired it', start: at(text, 'nobody'), cue: 'said' },
    ]);
  });
});
