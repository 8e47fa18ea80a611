import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';

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
