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

describe('"replied that" before a bare noun and its verb', () => {
  test('"The treasurer replied that money was tight": the noun is the clause\'s subject, not "that"\'s', () => {
    const text = 'The treasurer replied that money was tight this spring.';
    expect(quote(text, 'money was')).toMatchObject({
      type: 'indirect', text: 'money was tight this spring', start: at(text, 'money'), speaker: null, speaker_mention: 'The treasurer',
      speaker_start: 0, speaker_kind: 'anonymous', cue: 'replied', cue_start: at(text, 'replied'),
    });
    expect(quote('Ona Velt answered that demand grew every year.', 'demand grew')).toMatchObject({ type: 'indirect', speaker: 'Ona Velt', cue: 'answered' });
  });

  test('negative: "answered that question" with no verb after the noun is still a determiner', () => {
    expect(quotesOf('Ona Velt answered that question quickly.')).toEqual([]);
    expect(quotesOf('Ona Velt answered that call in May.')).toEqual([]);
  });
});
