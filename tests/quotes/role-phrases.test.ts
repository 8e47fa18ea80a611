import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a speaker\'s role is the whole office as written, abbreviations spelled out', () => {
  test('"State Sen. Lorna Vance said …": the level of government and the spelled-out title', () => {
    const text = 'State Sen. Lorna Vance said the bill would pass.';
    expect(quote(text, 'the bill')).toMatchObject({
      type: 'indirect', start: 28, end: 47, text: 'the bill would pass',
      speaker: 'Lorna Vance', speaker_kind: 'person', speaker_start: 11, speaker_end: 22, speaker_role: 'state senator', cue: 'said', outlet: null,
    });
  });

  test('"County Commissioner Rafe Dunmore said …"', () => {
    const text = 'County Commissioner Rafe Dunmore said the road would reopen.';
    expect(quote(text, 'the road')).toMatchObject({ speaker: 'Rafe Dunmore', speaker_start: 20, speaker_end: 32, speaker_role: 'county commissioner', cue: 'said' });
  });

  test('a described office keeps the words between its role words ("the chief operating officer")', () => {
    const text = '“Orders doubled,” said the chief operating officer, Priya Talwin.';
    expect(quote(text, 'Orders')).toMatchObject({
      type: 'direct', start: 1, end: 16, text: 'Orders doubled,',
      speaker: 'Priya Talwin', speaker_kind: 'person', speaker_start: 52, speaker_end: 64, speaker_role: 'chief operating officer', cue: 'said', outlet: null,
    });
  });

  test('near miss: no level word, no level in the role; an office after "and" is not joined to the one before', () => {
    const text = 'Sen. Lorna Vance said the bill would pass.';
    expect(quote(text, 'the bill')).toMatchObject({ speaker: 'Lorna Vance', speaker_start: 5, speaker_end: 16, speaker_role: 'senator', cue: 'said' });
    const joined = 'The president and chief executive, Priya Talwin, said orders doubled.';
    expect(quote(joined, 'orders')).toMatchObject({ speaker: 'Priya Talwin', speaker_role: 'chief executive', cue: 'said' });
  });
});

describe('a level of government and the body an office sits in are part of the role', () => {
  test('"City council member Nora Hale said": "city council member", not "member"', () => {
    const text = 'City council member Nora Hale said the budget was late.';
    expect(quote(text, 'the budget')).toMatchObject({
      type: 'indirect', text: 'the budget was late', start: at(text, 'the budget'), speaker: 'Nora Hale', speaker_kind: 'person',
      speaker_start: at(text, 'Nora'), speaker_role: 'city council member', cue: 'said',
    });
  });

  test('"County board member Nora Hale said": "county board member"', () => {
    const text = 'County board member Nora Hale said the budget was late.';
    expect(quote(text, 'the budget')).toMatchObject({ speaker: 'Nora Hale', speaker_start: at(text, 'Nora'), speaker_role: 'county board member', cue: 'said' });
  });

  test('near miss: the body alone, with no level before it, stays out ("Board member Nora Hale" is a member)', () => {
    const text = 'Board member Nora Hale said the budget was late.';
    expect(quote(text, 'the budget')).toMatchObject({ speaker: 'Nora Hale', speaker_role: 'member' });
  });

  test('near miss: a describing word before the role stays out ("Veteran member Nora Hale")', () => {
    const text = 'Veteran member Nora Hale said the budget was late.';
    expect(quote(text, 'the budget')).toMatchObject({ speaker: 'Nora Hale', speaker_role: 'member' });
  });
});

describe('a description opening the clause before a name and its relative clause is the name\'s role', () => {
  test('"The composer, Ivo Brandt, who wrote the score, said": role "composer"', () => {
    const text = 'The composer, Ivo Brandt, who wrote the score, said the film was too long.';
    expect(quote(text, 'the film')).toMatchObject({
      type: 'indirect', text: 'the film was too long', start: at(text, 'the film'), speaker: 'Ivo Brandt', speaker_kind: 'person',
      speaker_start: at(text, 'Ivo'), speaker_role: 'composer', cue: 'said',
    });
  });

  test('near miss: no description before the name, no role', () => {
    const text = 'Ivo Brandt, who wrote the score, said the film was too long.';
    expect(quote(text, 'the film')).toMatchObject({ speaker: 'Ivo Brandt', speaker_role: null });
  });
});

describe('a role keeps the field it serves', () => {
  test('"…, said Ada Munro, the firm\'s director of operations": "of" and a field name which director', () => {
    const text = 'The bridge would reopen, said Ada Munro, the firm’s director of operations.';
    expect(quote(text, 'The bridge')).toMatchObject({ type: 'indirect', text: 'The bridge would reopen', start: 0, speaker: 'Ada Munro', speaker_role: 'director of operations', cue: 'said' });
  });

  test('near miss: "the director of the museum" names whom the office serves, no field', () => {
    const text = 'The bridge would reopen, said Ada Munro, the director of the museum.';
    expect(quote(text, 'The bridge')).toMatchObject({ speaker: 'Ada Munro', speaker_role: 'director' });
  });
});
