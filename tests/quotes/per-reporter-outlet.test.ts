import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"per OUTLET\'s REPORTER" closing a sentence: the reporter\'s outlet, as after "told CNN\'s …"', () => {
  test('the outlet before the possessive is the outlet', () => {
    const text = 'The striker signed a three-year contract with the club, per ESPN\'s Lena Marsh.';
    expect(quote(text, 'The striker')).toMatchObject({ type: 'indirect', text: 'The striker signed a three-year contract with the club', speaker: 'Lena Marsh', speaker_start: at(text, 'Lena Marsh'), cue: 'per', outlet: 'ESPN' });
  });

  test('negative: "per" as a rate before an outlet-named noun gives no outlet', () => {
    const text = 'The club charged $5 per NBC viewer, Dana Ruiz said.';
    expect(quote(text, 'The club')).toMatchObject({ speaker: 'Dana Ruiz', cue: 'said', outlet: null });
  });
});
