import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a document\'s finding reported inside another report is no second report (indirect/index.ts withoutInnerFindings)', () => {
  test('"X said an audit had found that A": one report, X\'s, with the finding in it', () => {
    const text = 'The harbour master, Tomas Varga, said an audit had found that the repair fund was short by millions.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'an audit')).toMatchObject({
      text: 'an audit had found that the repair fund was short by millions', type: 'indirect', start: at(text, 'an audit'),
      speaker: 'Tomas Varga', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('near miss: a finding in a sentence of its own is the document\'s report', () => {
    const text = 'An audit found that the repair fund was short by millions.';
    expect(quote(text, 'the repair')).toMatchObject({ text: 'the repair fund was short by millions', speaker_mention: 'An audit', cue: 'found' });
  });

  test('near miss: a person\'s report inside another report stays a report of its own', () => {
    const text = 'Ines Moreau said Tomas Varga had told her that the pier would close.';
    expect(quote(text, 'the pier')).toMatchObject({ text: 'the pier would close', speaker: 'Tomas Varga', cue: 'told' });
  });
});
