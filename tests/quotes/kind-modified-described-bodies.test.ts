import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the federation", "the hospital trust", "the Premier Division club": a body named before of that kind', () => {
  test('"the federation" stands for a body whose name says it is one', () => {
    const text = 'The Baltic Sailing Federation met in Riga on Friday. The new rules would start next season, the federation confirmed.';
    expect(quote(text, 'The new rules')).toMatchObject({
      type: 'indirect', text: 'The new rules would start next season', start: at(text, 'The new rules'), speaker: 'Baltic Sailing Federation',
      speaker_kind: 'organization', speaker_mention: 'the federation', speaker_start: at(text, 'the federation'), cue: 'confirmed', outlet: null,
    });
  });

  test('near miss: a newspaper that spoke before is no federation, so "the federation" stays unnamed', () => {
    const text = 'The coach will leave in June, according to the daily Morgenbladet. A new coach would be named soon, the federation said.';
    expect(quote(text, 'A new coach')).toMatchObject({ type: 'indirect', speaker_mention: 'the federation', cue: 'said', outlet: null });
    expect(quote(text, 'A new coach').speaker).not.toBe('Morgenbladet');
  });

  test('"the hospital trust": words before "trust" leave the trust named before', () => {
    const text = 'Westmoor Health NHS Trust closed two wards on Tuesday. The closures were temporary, the hospital trust said.';
    expect(quote(text, 'The closures')).toMatchObject({
      type: 'indirect', text: 'The closures were temporary', start: at(text, 'The closures'), speaker: 'Westmoor Health NHS Trust',
      speaker_kind: 'organization', speaker_mention: 'the hospital trust', speaker_start: at(text, 'the hospital trust'), cue: 'said', outlet: null,
    });
  });

  test('"the Premier Division club": a competition\'s name before "club" leaves the club named before', () => {
    const text = 'Harrowgate Albion appointed a new manager on Monday. The search had been thorough, the Premier Division club said.';
    expect(quote(text, 'The search')).toMatchObject({
      type: 'indirect', text: 'The search had been thorough', start: at(text, 'The search'), speaker: 'Harrowgate Albion',
      speaker_kind: 'organization', speaker_mention: 'the Premier Division club', speaker_start: at(text, 'the Premier Division club'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a company owning the club is no club, whatever words stand before "club"', () => {
    const text = 'Castell Group bought a stake on Monday. The deal was done, the Premier Division club said.';
    expect(quote(text, 'The deal')?.speaker).not.toBe('Castell Group');
  });
});
