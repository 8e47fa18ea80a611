import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('frames that report nothing', () => {
  test('a cue in a comparison after "than" has no content: the words after it are the writer\'s', () => {
    const text = 'The council voted on Friday to raise bus fares by more than most riders had expected, after a session that ran two hours late.';
    expect(quotesOf(text).filter((q) => q.cue === 'expected')).toEqual([]);
    expect(quotesOf(text).some((q) => q.text.includes('ran two hours'))).toBe(false);
  });

  test('a "speaker" that is only a measure modifier ("a six-table") is a noun read as the cue', () => {
    const text = 'Further down the table, the baker\'s “Miette”, a six-table counter, won a second award.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a fraction before the cue is a share of people polled, who speak: "and two-thirds said …"', () => {
    const text = 'Most members backed the new coach, and two-thirds said the same of the captain.';
    expect(quote(text, 'the same of')).toMatchObject({ type: 'indirect', text: 'the same of the captain', start: at(text, 'the same of'), speaker_mention: 'two-thirds', cue: 'said' });
    const b = 'Three-quarters say the council should fix the roads first.';
    expect(quote(b, 'the council')).toMatchObject({ type: 'indirect', text: 'the council should fix the roads first', start: at(b, 'the council'), speaker_mention: 'Three-quarters', speaker_start: 0, cue: 'say' });
  });

  test('"said something" and a clause on it is no report', () => {
    const text = 'Jonas Berg said something the cameras did not record, and Lund pushed him away.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('"said nothing had changed" still reports: a verb follows the indefinite (negative case)', () => {
    const text = 'Jonas Berg said nothing had changed since the spring.';
    expect(quote(text, 'nothing had changed')).toMatchObject({ type: 'indirect', text: 'nothing had changed since the spring', start: at(text, 'nothing'), speaker: 'Jonas Berg', cue: 'said' });
  });
});

describe('reports after a relative clause on the hearer or the subject', () => {
  test('"told OUTLET, which …, that …": the that-clause is the report, given to the outlet', () => {
    const text = 'Marta Ruiz told Sky Sports, which is streaming the match worldwide, that ticket sales had doubled.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'ticket sales had doubled', start: at(text, 'ticket'), speaker: 'Marta Ruiz', cue: 'told', cue_start: at(text, 'told'), outlet: 'Sky Sports' });
  });

  test('"told reporters, who …, that …"', () => {
    const text = 'Omar Diallo told reporters, who had waited for hours, that the bridge would reopen on Monday.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'the bridge would reopen on Monday', start: at(text, 'the bridge'), speaker: 'Omar Diallo', cue: 'told', outlet: null });
  });

  test('a subject of any noun before ", who …," speaks: "The cleaners, who work nights, said"', () => {
    const text = 'The cleaners, who work nights, said the lifts had been broken for a month.';
    expect(quote(text, 'the lifts')).toMatchObject({ type: 'indirect', text: 'the lifts had been broken for a month', start: at(text, 'the lifts'), speaker_mention: 'The cleaners', speaker_start: 0, cue: 'said' });
  });

  test('the subject before an alias apposition speaks, not the alias', () => {
    const text = 'The porters, known as the Dawn Shift, said the doors had been locked since June.';
    expect(quote(text, 'the doors')).toMatchObject({ type: 'indirect', text: 'the doors had been locked since June', speaker_mention: 'The porters', speaker_start: 0, cue: 'said' });
  });
});

describe('a present verb read as a noun before a number', () => {
  test('"said the new catalogue lists 300 rare plants"', () => {
    const text = 'Anne Picard said the new catalogue lists 300 rare plants in the region.';
    expect(quote(text, 'the new catalogue')).toMatchObject({ type: 'indirect', text: 'the new catalogue lists 300 rare plants in the region', start: at(text, 'the new'), speaker: 'Anne Picard', cue: 'said' });
  });
});
