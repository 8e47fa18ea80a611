import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('", according to X" closing a named speaker\'s report', () => {
  test('"…, according to aides." is cut from the content, which ends before the comma', () => {
    const text = 'Nadia Ferro said the ferry levy would be shelved until spring, according to aides.';
    const q = quote(text, 'the ferry levy');
    expect(q).toMatchObject({ text: 'the ferry levy would be shelved until spring', type: 'indirect', speaker: 'Nadia Ferro', cue: 'said', outlet: null });
    expect(q.start).toBe(at(text, 'the ferry levy'));
    expect(q.end).toBe(at(text, ', according'));
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('a longer source, "two people familiar with the talks", is cut as well', () => {
    const text = 'Owen Tarrant told the board the merger would close by June, according to two people familiar with the talks.';
    const q = quote(text, 'the merger');
    expect(q).toMatchObject({ text: 'the merger would close by June', type: 'indirect', speaker: 'Owen Tarrant', cue: 'told' });
    expect(q.start).toBe(at(text, 'the merger'));
    expect(q.end).toBe(at(text, ', according'));
  });

  test('an outlet\'s account stays in the content and gives the outlet (PolNeAR keeps it)', () => {
    const text = 'Nadia Ferro said the ferry levy would be shelved until spring, according to Reuters.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ text: 'the ferry levy would be shelved until spring, according to Reuters', speaker: 'Nadia Ferro', cue: 'said', outlet: 'Reuters' });
  });
});
