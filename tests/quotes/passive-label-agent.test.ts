import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('a passive label verb before the words and its agent after them: "was called “…” by X"', () => {
  test('"was called “…” by the agent": the agent\'s partial, the label verb its cue', () => {
    const text = 'The report was called “sloppy and one-sided” by the council’s auditor.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'partial', text: 'sloppy and one-sided', start: text.indexOf('sloppy'), end: text.indexOf('” by'), speaker_mention: 'the council’s auditor', cue: 'called', cue_start: text.indexOf('called'), outlet: null },
    ]);
  });

  test('"was described as “…” by" a group of people', () => {
    const text = 'The budget was described as “dishonest” by three opposition senators.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'dishonest', start: text.indexOf('dishonest'), speaker_mention: 'three opposition senators', cue: 'described', outlet: null }]);
  });

  test('a named agent, the participle read as an adjective ("was branded")', () => {
    const text = 'The new toll was branded “cruel and pointless” by Senator Ruth Ames.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'cruel and pointless', speaker: 'Ruth Ames', cue: 'branded' }]);
  });

  test('words opening with an article and a lowercase word are a verdict, not a name: "was called “a …” by X"', () => {
    const text = 'The levy was called “a tax on every commuter” by the transport minister on Monday.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'partial', text: 'a tax on every commuter', start: text.indexOf('a tax'), end: text.indexOf('” by'), speaker_mention: 'the transport minister', speaker_start: text.indexOf('the transport'), cue: 'called', cue_start: text.indexOf('called'), outlet: null },
    ]);
  });

  test('near misses: a name with its article, by its makers or by a group, stays a name', () => {
    expect(quotesOf('The tunnel was called “the Long Dark” by its engineers.')).toEqual([]);
    expect(quotesOf('The square is known as “the Anvil” by residents.')).toEqual([]);
  });

  test('near misses: a name given, by its makers or by a group, stays a name', () => {
    expect(quotesOf('The merger was called “Operation Lantern” by its planners.')).toEqual([]);
    expect(quotesOf('The old bridge is known as “the Needle” by residents.')).toEqual([]);
  });

  test('near miss: a speaker before the words keeps them', () => {
    const text = 'Mayor Ann Cole said the budget was called “dishonest” by critics.';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'dishonest', speaker: 'Ann Cole', cue: 'said' }]);
  });
});
