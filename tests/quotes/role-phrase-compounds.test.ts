// Roles written as a compound or with a portfolio: "garage owner", "studio head", "team manager" (data/role-modifiers.json
// run_heads, run_things), "cabinet member for housing" (data/fixed-titles.json, "for" and an office field), and trades
// from data/occupations.json ("programmer", "keeper", "challenger"). Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

const said = (text: string) => quote(text, 'the ferry');

describe('a place or thing run before a run head is the trade', () => {
  test('"Shop owner Ada Brill": the shop stays with the owner', () => {
    const text = 'Shop owner Ada Brill said the ferry would run again in June.';
    expect(said(text)).toMatchObject({
      text: 'the ferry would run again in June', type: 'indirect', start: at(text, 'the ferry'), speaker: 'Ada Brill',
      speaker_mention: 'Ada Brill', speaker_start: at(text, 'Ada'), speaker_kind: 'person', speaker_role: 'shop owner', cue: 'said', outlet: null,
    });
  });

  test('"department head": "head" is a role only with what it runs before it', () => {
    const text = 'Department head Ivo Marsh said the ferry would run again in June.';
    expect(said(text)).toMatchObject({ speaker: 'Ivo Marsh', speaker_start: at(text, 'Ivo'), speaker_role: 'department head', cue: 'said' });
    const after = 'Ivo Marsh, the department head, said the ferry would run again in June.';
    expect(said(after)).toMatchObject({ speaker: 'Ivo Marsh', speaker_start: 0, speaker_role: 'department head' });
  });

  test('"shop manager", and a later "the manager" is still the same person', () => {
    const text = 'Shop manager Rosa Quill said the ferry would run again in June. The manager said the tickets were sold.';
    expect(said(text)).toMatchObject({ speaker: 'Rosa Quill', speaker_role: 'shop manager' });
    expect(quote(text, 'the tickets')).toMatchObject({ speaker: 'Rosa Quill', speaker_mention: 'The manager', speaker_role: 'manager' });
  });

  test('near miss: a describing word before the owner stays out; "company spokesman" keeps the owner out', () => {
    expect(said('New owner Ada Brill said the ferry would run again in June.').speaker_role).toBe('owner');
    expect(said('Company spokesman Ivo Marsh said the ferry would run again in June.').speaker_role).toBe('spokesman');
  });
});

describe('trades and a portfolio after "for"', () => {
  test('"a programmer at the firm": the trade is the role', () => {
    const text = 'Nell Ayre, a programmer at the firm, said the ferry would run again in June.';
    expect(said(text)).toMatchObject({ speaker: 'Nell Ayre', speaker_start: 0, speaker_role: 'programmer', cue: 'said' });
  });

  test('"chief keeper", "the former title challenger": the words before the trade stay with it', () => {
    expect(said('Chief keeper Tam Rudd said the ferry would run again in June.').speaker_role).toBe('chief keeper');
    const text = 'The former title challenger Bo Lenz said the ferry would run again in June.';
    expect(said(text)).toMatchObject({ speaker: 'Bo Lenz', speaker_start: at(text, 'Bo'), speaker_role: 'former title challenger' });
  });

  test('"cabinet member for housing": the seat and its portfolio are the role', () => {
    const text = "Cara Voss, the borough's cabinet member for housing, said the ferry would run again in June.";
    expect(said(text)).toMatchObject({ speaker: 'Cara Voss', speaker_start: 0, speaker_role: 'cabinet member for housing', cue: 'said' });
  });

  test('near miss: "for" and whom the role serves stays out of it', () => {
    const text = 'Cara Voss, a spokeswoman for the mayor, said the ferry would run again in June.';
    expect(said(text).speaker_role).toBe('spokeswoman');
  });
});
