import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// cues.json that_only_speech_reports: a turn in an exchange ("replied", "answered") reports the clause after "that".
describe('"replied that …", "answered that …" report their that-clause', () => {
  test('"X replied that CLAUSE": an indirect report, the verb its cue', () => {
    const text = 'Ona Velt was asked about the tolls. Velt replied that the bridge already charges trucks at night.';
    expect(quote(text, 'the bridge already')).toMatchObject({
      type: 'indirect', text: 'the bridge already charges trucks at night', start: at(text, 'the bridge already'),
      speaker: 'Ona Velt', speaker_mention: 'Velt', speaker_start: at(text, 'Velt replied'), cue: 'replied', cue_start: at(text, 'replied'),
    });
  });

  test('"answered that" too, after an opening "asked" clause', () => {
    const text = 'Asked about the levy, Ona Velt answered that the council had run out of options.';
    expect(quote(text, 'the council had')).toMatchObject({ type: 'indirect', text: 'the council had run out of options', speaker: 'Ona Velt', cue: 'answered' });
  });

  test('negative: without "that" the verb reports nothing ("replied to the letter", "answered questions")', () => {
    expect(quotesOf('Ona Velt replied to the letter on Monday.')).toEqual([]);
    expect(quotesOf('Ona Velt answered questions from the panel for an hour.')).toEqual([]);
    // ("that" as a determiner: "how she answers that question …")
    expect(quotesOf('How Velt answers that question will decide the vote.')).toEqual([]);
  });
});
