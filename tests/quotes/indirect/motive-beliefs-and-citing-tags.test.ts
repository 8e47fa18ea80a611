import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a belief given as a motive after "because" reports nothing', () => {
  test('"Buyers paid more because they believed it was hand-woven, she said": one report, hers', () => {
    const text = 'Buyers paid more for the rugs because they believed they were woven by hand, she said.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.cue === 'believed')).toBe(false);
    expect(quote(text, 'Buyers paid')).toMatchObject({
      type: 'indirect', text: 'Buyers paid more for the rugs because they believed they were woven by hand', start: 0,
      speaker_mention: 'she', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: in the narrator\'s own sentence, with no speech tag after it, the belief still reports', () => {
    const text = 'The board delayed the vote because its members felt the audit was incomplete.';
    expect(quotesOf(text).some((q) => q.cue === 'felt')).toBe(true);
  });

  test('negative: a belief that is the sentence\'s own verb still reports ("Buyers believed …")', () => {
    const text = 'Buyers believed the rugs were woven by hand.';
    expect(quote(text, 'the rugs')).toMatchObject({ type: 'indirect', text: 'the rugs were woven by hand', speaker_mention: 'Buyers', cue: 'believed' });
  });
});

describe('"…, Reuters reported, citing a memo it had seen": the source cited is no report', () => {
  test('no report by "citing", whether or not the outlet\'s report was found', () => {
    const text = 'The ferry line would cut its winter timetable by half, Reuters reported, citing a memo it had seen.';
    expect(quotesOf(text).some((q) => q.cue === 'citing')).toBe(false);
    expect(quote(text, 'The ferry')).toMatchObject({
      type: 'indirect', text: 'The ferry line would cut its winter timetable by half', start: 0, speaker: 'Reuters', cue: 'reported', outlet: 'Reuters',
    });
  });

  test('negative: "citing" after a person\'s "said" is still that person\'s report of what is cited, as PolNeAR marks it', () => {
    const text = '“The numbers do not add up,” Ms. Okafor said, citing the shortfall in the harbour fund.';
    expect(quote(text, 'the shortfall')).toMatchObject({
      type: 'indirect', text: 'the shortfall in the harbour fund', speaker: 'Okafor', cue: 'citing', cue_start: at(text, 'citing'),
    });
  });

  test('negative: "citing" after a verb of no speech still reports what is cited ("closed the pier, citing fears …")', () => {
    const text = 'The mayor closed the pier, citing fears that the deck would collapse.';
    expect(quote(text, 'fears')).toMatchObject({
      type: 'indirect', text: 'fears that the deck would collapse', start: at(text, 'fears'), speaker_mention: 'The mayor', speaker_start: 0, cue: 'citing', cue_start: at(text, 'citing'),
    });
  });
});
