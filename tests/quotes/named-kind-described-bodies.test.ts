import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the chamber", "the central bank", "the network" stand for the body named before', () => {
  test('a chamber named with its "of"', () => {
    const text = 'The Eastham Chamber of Commerce warned of closures. “Trade has not come back,” the chamber said in a statement.';
    expect(quote(text, 'Trade has not')).toMatchObject({
      type: 'direct', text: 'Trade has not come back,', start: at(text, 'Trade'), speaker: 'Eastham Chamber of Commerce',
      speaker_kind: 'organization', speaker_mention: 'the chamber', cue: 'said', outlet: null,
    });
  });

  test('"the central bank" and "the bank" after a bank named with its place', () => {
    const text = 'The Reserve Bank of Eastmark cut rates. The central bank said that it had followed its usual rules.';
    expect(quote(text, 'it had followed')).toMatchObject({
      type: 'indirect', text: 'it had followed its usual rules', speaker: 'Reserve Bank of Eastmark', speaker_kind: 'organization',
      speaker_mention: 'The central bank', cue: 'said', outlet: null,
    });
    const bank = 'The Reserve Bank of Eastmark cut rates. The bank insisted that it had followed its usual rules.';
    expect(quote(bank, 'it had followed')).toMatchObject({ speaker: 'Reserve Bank of Eastmark', speaker_kind: 'organization', speaker_mention: 'The bank', cue: 'insisted' });
  });

  test('"the network" with no outlet named before is the body the sentence before spoke of', () => {
    const text = 'Cookline dropped the host from its schedule. “We take every complaint seriously,” the network said.';
    expect(quote(text, 'We take every')).toMatchObject({
      type: 'direct', speaker: 'Cookline', speaker_kind: 'organization', speaker_mention: 'the network', cue: 'said', outlet: null,
    });
  });

  test('near miss: "the chamber" with no chamber named before stays unnamed', () => {
    const text = 'Shops on the high street have closed. “Trade has not come back,” the chamber said in a statement.';
    expect(quote(text, 'Trade has not')).toMatchObject({ speaker: null, speaker_mention: 'the chamber', cue: 'said' });
  });
});
