import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "…, NAME looked at X and said, “…”": the speaker's own act before "and said" is narration; what was said is
// the quotation after the cue, never the clause around the speaker.
describe('narration before "NAME … and said, “…”" is no reported content', () => {
  test('an opening participle phrase and the speaker\'s own act give no indirect quote', () => {
    const text = 'Accepting the prize for best score, composer Ilse Varga glanced at the orchestra and said, “They did all the work.”';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'They did')).toMatchObject({
      text: 'They did all the work.', type: 'direct', start: at(text, 'They did'),
      speaker: 'Ilse Varga', speaker_start: at(text, 'Ilse'), speaker_role: 'composer',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: a parenthetical frame inside a quoted sentence still frames it', () => {
    const text = 'The ferry, Captain Ilse Varga said, “will never sail again.”';
    expect(quote(text, 'will never')).toMatchObject({
      text: 'will never sail again.', type: 'direct', speaker: 'Ilse Varga', cue: 'said', outlet: null,
    });
  });

  test('negative: "and said" before a clause still reports the clause', () => {
    const text = 'Ilse Varga thanked the orchestra and said the tour would go on.';
    expect(quote(text, 'the tour')).toMatchObject({
      text: 'the tour would go on', type: 'indirect', speaker: 'Ilse Varga', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
