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

  test('near miss: a frame with another speaker than the earlier cue\'s keeps the sentence it splits', () => {
    // The earlier "told" is Reyes's; "many economists say" is not his, so it still reports the sentence around it.
    const text = 'Tomas Reyes told the board the levy would fail (the cost of which, many economists say, would fall on renters).';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: text.slice(0, at(text, ').')), start: 0, speaker_mention: 'many economists', cue: 'say', cue_start: at(text, 'say,'), outlet: null },
      { type: 'indirect', text: 'the levy would fail (the cost of which', start: at(text, 'the levy'), speaker: 'Tomas Reyes', cue: 'told', outlet: null },
    ]);
  });

  test('a pronoun that cannot be the earlier cue\'s speaker ("I ask her …, she says") keeps the aside\'s report', () => {
    // "she" is the one asked, not "I"; the aside reports the sentence it splits, as it did before the rule.
    const text = 'When I ask her what she plans for the stadium, she says very little, not with the vote so close.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: text.slice(0, -1), start: 0, speaker_mention: 'she', cue: 'says', cue_start: at(text, 'says'), outlet: null },
      { type: 'indirect', text: 'what she plans for the stadium', start: at(text, 'what'), speaker_mention: 'I', cue: 'ask', outlet: null },
    ]);
  });
});
