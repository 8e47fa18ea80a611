import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a semicolon followed by a new "X said" ends the report before it', () => {
  test('"Lind said A; Okoro said B": two reports, the first ending before the semicolon', () => {
    const text = 'Lind said the ferry had left early; Okoro said the harbour master never warned them.';
    expect(quotesOf(text)).toHaveLength(2);
    expect(quote(text, 'the ferry')).toMatchObject({
      type: 'indirect', text: 'the ferry had left early', start: at(text, 'the ferry'), end: at(text, ';'),
      speaker: 'Lind', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(quote(text, 'the harbour')).toMatchObject({
      type: 'indirect', text: 'the harbour master never warned them', start: at(text, 'the harbour'),
      speaker: 'Okoro', speaker_start: at(text, 'Okoro'), cue: 'said', cue_start: at(text, 'said the harbour'), outlet: null,
    });
  });

  test('near miss: a semicolon with no new frame after it leaves the report as it was', () => {
    const text = 'Lind said the ferry had left early; the passengers waited on the pier for hours.';
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', speaker: 'Lind', cue: 'said', start: at(text, 'the ferry') });
    expect(quote(text, 'the ferry').end).toBeGreaterThan(at(text, ';'));
  });
});
