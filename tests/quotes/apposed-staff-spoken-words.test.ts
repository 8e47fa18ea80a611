import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a staff job in apposition ("X, a columnist for OUTLET,") gives no outlet to words X merely said', () => {
  test('"“…,” said X, a columnist for OUTLET. “…”": neither the quote nor its continuation has the outlet', () => {
    const text = '"Nobody won," said Paul Girard, a columnist for Le Figaro. "Both ignored everyone else."';
    expect(quote(text, 'Nobody won')).toMatchObject({
      text: 'Nobody won,', start: 1, type: 'direct', speaker: 'Paul Girard', speaker_mention: 'Paul Girard', speaker_start: at(text, 'Paul Girard'), cue: 'said', outlet: null,
    });
    expect(quote(text, 'Both ignored')).toMatchObject({
      text: 'Both ignored everyone else.', start: at(text, 'Both ignored'), type: 'direct', speaker: 'Paul Girard', cue: 'said', outlet: null,
    });
  });

  test('"X, a critic for OUTLET, said …" has no outlet', () => {
    const text = 'Nadia Kovac, a critic for the Harbour Gazette, said the staging was "a long apology."';
    expect(quote(text, 'a long apology')).toMatchObject({ text: 'a long apology.', start: at(text, 'a long apology'), type: 'partial', speaker: 'Nadia Kovac', cue: 'said', outlet: null });
  });

  test('negative: what the critic wrote, or a judgment ("called"), still ran in the outlet', () => {
    const wrote = 'Nadia Kovac, a critic for the Harbour Gazette, wrote that the staging was "a long apology."';
    expect(quote(wrote, 'a long apology')).toMatchObject({ type: 'partial', speaker: 'Nadia Kovac', cue: 'wrote', outlet: 'Harbour Gazette' });
    const called = 'Nadia Kovac, a film critic at the Harbour Gazette, was unmoved. She called the film "a long apology."';
    expect(quote(called, 'a long apology')).toMatchObject({ type: 'partial', speaker: 'Nadia Kovac', cue: 'called', outlet: 'Harbour Gazette' });
  });
});
