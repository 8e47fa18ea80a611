import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('an outlet\'s own piece as a report\'s speaker is that outlet', () => {
  test('"The Ledger\'s story claimed" after "The Daily Ledger" is The Daily Ledger', () => {
    const text = 'The Daily Ledger published the story in May. The Ledger\'s story claimed that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]).toMatchObject({
      type: 'indirect', text: 'Keane and Wren had been living apart', start: at(text, 'Keane'), speaker: 'Daily Ledger', speaker_kind: 'outlet',
      speaker_mention: 'The Ledger\'s story', speaker_start: at(text, 'The Ledger\'s'), cue: 'claimed', outlet: 'Daily Ledger',
    });
  });

  test('a known outlet\'s report', () => {
    const text = 'Variety\'s report said that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]).toMatchObject({ type: 'indirect', text: 'Keane and Wren had been living apart', speaker: 'Variety', speaker_kind: 'outlet', cue: 'said', outlet: 'Variety' });
  });

  test('"The Ledger reported" after "The Daily Ledger" is spelled out too', () => {
    const text = 'The Daily Ledger published the story in May. The Ledger reported that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]).toMatchObject({ type: 'indirect', start: at(text, 'Keane'), speaker: 'Daily Ledger', speaker_kind: 'outlet', cue: 'reported', outlet: 'Daily Ledger' });
  });

  test('near miss: a person\'s report is no outlet\'s', () => {
    const text = 'The Guardian published the story in May. The mayor\'s report claimed that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]).toMatchObject({ speaker_mention: 'The mayor\'s report', speaker_kind: 'anonymous', outlet: null });
  });

  test('near miss: an outlet\'s interview is the interviewee\'s, not the outlet speaking', () => {
    const text = 'The Daily Ledger published the story in May. The Ledger\'s interview claimed that Keane and Wren had been living apart.';
    expect(quotesOf(text)[0]?.speaker_kind).not.toBe('outlet');
  });
});
