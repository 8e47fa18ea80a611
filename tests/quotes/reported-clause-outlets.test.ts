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

describe('an outlet\'s report does not lend its outlet to another speaker set against it', () => {
  test('", though X said B": X\'s words have no outlet', () => {
    const text = 'The Harbour Gazette reported that the storm had flooded the pier, though the Port Authority said the damage was minor.';
    const quotes = quotesOf(text);
    expect(quotes).toMatchObject([
      { type: 'indirect', text: 'the storm had flooded the pier', start: text.indexOf('the storm'), speaker: 'The Harbour Gazette', cue: 'reported', outlet: 'The Harbour Gazette' },
      { type: 'indirect', text: 'the damage was minor', start: text.indexOf('the damage'), speaker: 'Port Authority', cue: 'said', outlet: null },
    ]);
  });

  test('near miss: a report nested inside the outlet\'s keeps the outlet', () => {
    const text = 'The Harbour Gazette reported that the mayor had said the pier would close.';
    expect(quotesOf(text).find((q) => q.text === 'the pier would close')).toMatchObject({ type: 'indirect', start: text.indexOf('the pier'), cue: 'said', outlet: 'The Harbour Gazette' });
  });
});
