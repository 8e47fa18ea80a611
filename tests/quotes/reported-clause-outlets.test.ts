import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('an outlet reporting an earlier clause is not the outlet of a later speaker\'s answer', () => {
  test('", a claim that X called “…”": X\'s words have no outlet', () => {
    const text = 'The Harbour Gazette reported on Monday that the mayor would resign, a claim that Okafor described as “wishful thinking by his rivals.”';
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.type === 'partial')).toMatchObject({ text: 'wishful thinking by his rivals.', start: text.indexOf('wishful'), speaker: 'Okafor', cue: 'described', outlet: null });
    expect(quotes.find((q) => q.type === 'indirect')).toMatchObject({ speaker: 'The Harbour Gazette', outlet: 'The Harbour Gazette' });
  });
});
