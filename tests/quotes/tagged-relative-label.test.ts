import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"… what they call a “…” X, NAME said.": a closing speech tag reports the relative label too', () => {
  test('the partial goes to the named speaker of the closing tag, far after the words', () => {
    const text = 'The drivers will stay off the road until the company ends what they call a “humiliating” system of unpaid waiting time at the depots, union organiser Tomas Berg said.';
    expect(quote(text, 'humiliating')).toMatchObject({
      text: 'humiliating', type: 'partial', start: at(text, 'humiliating'), end: at(text, 'humiliating') + 'humiliating'.length,
      speaker: 'Tomas Berg', speaker_mention: 'Tomas Berg', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"which they describe as" too', () => {
    const text = 'Tenants have withheld rent since the landlord raised what they describe as “outrageous” service charges on every flat in the block, their lawyer Nina Patel said.';
    expect(quote(text, 'outrageous')).toMatchObject({ type: 'partial', speaker: 'Nina Patel', cue: 'said' });
  });

  test('near miss: with no closing tag the label stays with the pronoun\'s antecedent', () => {
    const text = 'The drivers will stay off the road until the company ends what they call a “humiliating” system of unpaid waiting time at the depots.';
    expect(quote(text, 'humiliating')).toMatchObject({ speaker_mention: 'they', cue: 'call' });
  });
});
