import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a named body described in apposition by an indefinite description read as a body', () => {
  test('"The Riverside Tenants Union, a campaign group, said": the body speaks a partial inside its report', () => {
    const text = 'The Riverside Tenants Union, a campaign group, said in a letter on Friday that the new rules left families “out in the cold”.';
    expect(quote(text, 'out in the cold')).toMatchObject({ text: 'out in the cold', type: 'partial', speaker: 'The Riverside Tenants Union', speaker_start: at(text, 'The Riverside'), cue: 'said' });
  });

  test('"“…,” the Orchard Walkers, a club, said": after the quotation too', () => {
    const text = '“The gate must stay open,” the Orchard Walkers, a club, said.';
    expect(quote(text, 'The gate must')).toMatchObject({ text: 'The gate must stay open,', type: 'direct', speaker: 'Orchard Walkers', speaker_start: at(text, 'Orchard Walkers'), cue: 'said' });
  });
});
