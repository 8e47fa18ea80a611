import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"those close to X" as a speaker', () => {
  test('"Those close to the couple say …" reports the clause', () => {
    const text = 'Mara Okafor and Tom Reyes filed for divorce in Port Elwin. Those close to the couple say the cracks appeared long before the filing.';
    expect(quote(text, 'the cracks')).toMatchObject({
      type: 'indirect', text: 'the cracks appeared long before the filing', speaker_mention: 'Those close to the couple',
      speaker_start: at(text, 'Those close'), speaker_kind: 'anonymous', cue: 'say',
    });
  });

  test('after a quotation: "“…,” those close to the couple said"', () => {
    const text = '“They have not spoken in weeks,” those close to the couple said.';
    expect(quote(text, 'They have not')).toMatchObject({ type: 'direct', speaker_mention: 'those close to the couple', cue: 'said' });
  });

  test('"those close to the pier" doing something else reports nothing', () => {
    expect(quotesOf('Those close to the pier flooded the streets of Port Elwin.')).toEqual([]);
  });
});
