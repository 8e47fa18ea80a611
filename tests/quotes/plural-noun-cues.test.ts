import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a cue verb\'s -s form that is a plural noun ("asylum claims", "police reports") is no cue', () => {
  test('before a comma and a participle clause: "… disability claims, ruling that …"', () => {
    const text = 'A court on Tuesday struck down the rule limiting disability claims, ruling that it breached the statute.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('before a finite verb: "Insurance claims doubled" is the subject, "said" the cue', () => {
    const text = 'Insurance claims doubled last year, the regulator said.';
    expect(quotesOf(text).filter((q) => q.cue === 'claims')).toEqual([]);
    expect(quote(text, 'Insurance')).toMatchObject({
      type: 'indirect', text: 'Insurance claims doubled last year', start: 0, cue: 'said', speaker_mention: 'the regulator',
    });
  });

  test('near miss: a subject before the verb "claims" with content still reports', () => {
    const text = 'The landlord claims the tenants left owing rent.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the tenants')).toMatchObject({
      type: 'indirect', text: 'the tenants left owing rent', start: at(text, 'the tenants'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The landlord',
      speaker_start: 0, cue: 'claims', outlet: null,
    });
  });

  test('near miss: an aside closed by a second comma keeps the verb', () => {
    const text = 'Ferris claims, without evidence, that the vote was rigged.';
    expect(quote(text, 'the vote')).toMatchObject({ type: 'indirect', text: 'the vote was rigged', speaker: 'Ferris', cue: 'claims' });
  });
});

describe('a report noun\'s -s form after a name inside a gapped relative stays a verb', () => {
  test('near miss: "a deal that Okafor hopes will end the strike" keeps "hopes" as its cue', () => {
    const text = 'It is a deal that Okafor hopes will end the strike.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.cue, q.outlet])).toEqual([
      ['indirect', 'will end the strike', at(text, 'will'), at(text, 'will') + 19, 'Okafor', 'hopes', null],
    ]);
  });
});
