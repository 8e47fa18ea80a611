import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

// "told Broadcast magazine": the small-letter kind of publication after a capitalised name says the name is an outlet.
describe('"told NAME magazine|newspaper": the publication told, known or not', () => {
  test('"Ada Munro told Stagecraft magazine that …": outlet Stagecraft, an outlet entity', () => {
    const text = 'Ada Munro told Stagecraft magazine that the tour had introduced new safety checks.';
    expect(quote(text, 'the tour')).toMatchObject({
      type: 'indirect', text: 'the tour had introduced new safety checks', start: 40, end: 81,
      speaker: 'Ada Munro', speaker_kind: 'person', speaker_start: 0, speaker_end: 9, cue: 'told', outlet: 'Stagecraft',
    });
    expect(entityNames(text).outlets).toEqual(['Stagecraft']);
  });

  test('a time after the hearer keeps it: "told Ledgerline newspaper on Monday that …"', () => {
    const text = 'Ada Munro told Ledgerline newspaper on Monday that the tour would go on.';
    expect(quote(text, 'the tour')).toMatchObject({ speaker: 'Ada Munro', cue: 'told', outlet: 'Ledgerline' });
  });

  test('near miss: a person told ("told Tom Reyes that …") is no outlet', () => {
    const text = 'Ada Munro told Tom Reyes that the tour would go on.';
    expect(quote(text, 'the tour')).toMatchObject({ speaker: 'Ada Munro', cue: 'told', outlet: null });
  });
});
