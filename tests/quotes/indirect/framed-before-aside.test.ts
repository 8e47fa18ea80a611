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

  test('another speaker\'s frame in a parenthesis reports the clause it splits, from the parenthesis; the earlier report ends before it', () => {
    // The earlier "told" is Reyes's; "many economists say" is not his.
    const text = 'Tomas Reyes told the board the levy would fail (the cost of which, many economists say, would fall on renters).';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the levy would fail', start: at(text, 'the levy'), end: at(text, ' (the cost'), speaker: 'Tomas Reyes', cue: 'told', cue_start: at(text, 'told'), outlet: null },
      { type: 'indirect', text: 'the cost of which, many economists say, would fall on renters', start: at(text, 'the cost'), speaker: null, speaker_mention: 'many economists', cue: 'say', cue_start: at(text, 'say,'), outlet: null },
    ]);
  });

  test('a name given again after a dash is no pronoun taking up the speaker: the frame reports the clause it splits', () => {
    const text = "Ana Kim, the party's treasurer, said the ads were paid for by donors - gifts that, Kim noted, had never been declared.";
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the ads were paid for by donors', start: at(text, 'the ads'), end: at(text, ' - gifts'), speaker: 'Ana Kim', speaker_mention: 'Ana Kim', cue: 'said', cue_start: at(text, 'said'), outlet: null },
      { type: 'indirect', text: 'gifts that, Kim noted, had never been declared', start: at(text, 'gifts'), speaker: 'Ana Kim', speaker_mention: 'Kim', cue: 'noted', cue_start: at(text, 'noted'), outlet: null },
    ]);
  });

  test('near miss: a dash inside a report with no frame after it keeps the report whole', () => {
    const text = 'Maria Lopez said the fund was short - by some $2 million - for the third year.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the fund was short - by some $2 million - for the third year', start: at(text, 'the fund'), speaker: 'Maria Lopez', cue: 'said', cue_start: at(text, 'said'), outlet: null },
    ]);
  });
});
