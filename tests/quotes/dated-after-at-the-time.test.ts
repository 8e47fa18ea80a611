import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a day or "later" after an interview set "at the time" is a new occasion', () => {
  const told = 'Councillor Ruth Ames told the Herald at the time that the deal was “urgent.” ';

  test('"On Monday, X said" carries no outlet from the earlier interview', () => {
    const text = told + 'On Monday, Ames said the land could be sold “at a profit.”';
    expect(quote(text, 'urgent')).toMatchObject({ type: 'partial', speaker: 'Ruth Ames', cue: 'told', outlet: 'Herald' });
    expect(quote(text, 'at a profit')).toMatchObject({
      type: 'partial', text: 'at a profit.', start: at(text, 'at a profit.'), speaker: 'Ruth Ames', speaker_mention: 'Ames',
      speaker_start: at(text, 'Ames said'), cue: 'said', outlet: null,
    });
  });

  test('"Later, X said" likewise', () => {
    const text = told + 'Later, Ames said the land could be sold “at a profit.”';
    expect(quote(text, 'at a profit')).toMatchObject({ speaker: 'Ruth Ames', cue: 'said', outlet: null });
  });

  test('near miss: with no day named the interview goes on', () => {
    const text = told + 'Ames said the land could be sold “at a profit.”';
    expect(quote(text, 'at a profit')).toMatchObject({ speaker: 'Ruth Ames', cue: 'said', outlet: 'Herald' });
  });

  test('near miss: without "at the time" a day may be the interview\'s own', () => {
    const text = 'Councillor Ruth Ames told the Herald that the deal was “urgent.” On Monday, Ames said the land could be sold “at a profit.”';
    expect(quote(text, 'at a profit')).toMatchObject({ speaker: 'Ruth Ames', cue: 'said', outlet: 'Herald' });
  });
});
