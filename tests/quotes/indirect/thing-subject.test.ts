import { describe, expect, test } from 'vitest';
import { quotesOf } from '../../helpers/quotes.js';

describe('after warn/tell without "that", a plural of things is the reported clause’s subject', () => {
  test('"warned the payments would stop": "payments" ends like an agent noun but names no people', () => {
    const text = 'Mara Okafor warned the payments would stop in May.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the payments would stop in May', start: 19, end: 49, speaker: 'Mara Okafor', cue: 'warned' }]);
  });

  test('"told the errors were fixed": the same for another thing plural', () => {
    const text = 'Mara Okafor assured the errors were fixed by Friday.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the errors were fixed by Friday', start: 20, end: 51, speaker: 'Mara Okafor', cue: 'assured' }]);
  });

  test('near miss: an agent noun for people stays the hearer: "warned the investors would leave"', () => {
    const text = 'Mara Okafor warned the investors would leave in May.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'would leave in May', start: 33, end: 51, speaker: 'Mara Okafor', cue: 'warned' }]);
  });
});
