import { describe, expect, test } from 'vitest';
import { quote, quotesOf as quotes } from '../../helpers/quotes.js';

describe('a trailing cue repeating the report that opens the sentence', () => {
  test('"X told OUTLET that …, she said" is one report with the first cue and outlet', () => {
    const text = 'Okafor told Elle that the hardest week had been the fitting: the jacket took nine days to sew, she said.';
    expect(quotes(text)).toHaveLength(1);
    expect(quote(text, 'the hardest week')).toMatchObject({ text: 'the hardest week had been the fitting: the jacket took nine days to sew', start: 22, end: 93, type: 'indirect', speaker: 'Okafor', cue: 'told', outlet: 'Elle' });
  });

  test('a trailing cue by another subject still reports the clause', () => {
    const text = 'Okafor thinks the bridge is unsafe, the engineer said.';
    expect(quote(text, 'Okafor thinks')).toMatchObject({ cue: 'said' });
  });
});
