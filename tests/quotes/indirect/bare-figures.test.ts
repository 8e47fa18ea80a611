import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

describe('"according to … figures": bare figures state a count, no one\'s account', () => {
  test('a body\'s figures and figures released by a body report nothing', () => {
    expect(quotesOf('Jones came second with 3 million votes, according to the commission’s figures.')).toHaveLength(0);
    expect(quotesOf('Forty of the 50 patients were over 60, according to figures released by the county health department.')).toHaveLength(0);
  });

  test('near miss: "according to the commission" is the body\'s account', () => {
    const text = 'Jones came second with 3 million votes, according to the commission.';
    expect(quote(text, 'Jones came')).toMatchObject({ text: 'Jones came second with 3 million votes', type: 'indirect', speaker_mention: 'the commission', cue: 'according to' });
  });
});

test('near miss: "figures from X" keeps X as the source', () => {
  const text = 'Jones came second with 3 million votes, according to figures from the commission.';
  expect(quote(text, 'Jones came')).toMatchObject({ text: 'Jones came second with 3 million votes', cue: 'according to' });
});
