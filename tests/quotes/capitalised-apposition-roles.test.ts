import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// A capitalised office in an apposition is read as the tagger folds its words, as a role before a name is,
// and written back in the article's spelling (written-roles.ts): "the Harbour Master" is "harbour master".
describe('a capitalised fixed title in an apposition after the name', () => {
  test('"NAME, the TITLE, cue" after the quotation', () => {
    const text = '“The ferry is cancelled,” Rosalind Keogh, the Harbour Master, told passengers.';
    expect(quote(text, 'The ferry')).toMatchObject({
      type: 'direct', text: 'The ferry is cancelled,', start: 1, end: at(text, '”'),
      speaker: 'Rosalind Keogh', speaker_mention: 'Rosalind Keogh', speaker_start: at(text, 'Rosalind'), speaker_kind: 'person',
      speaker_role: 'harbour master', cue: 'told', cue_start: at(text, 'told'), outlet: null,
    });
  });

  test('after an inverted cue', () => {
    const text = '“The ferry is cancelled,” said Rosalind Keogh, the Harbour Master.';
    expect(quote(text, 'The ferry')).toMatchObject({
      type: 'direct', text: 'The ferry is cancelled,', start: 1,
      speaker: 'Rosalind Keogh', speaker_start: at(text, 'Rosalind'), speaker_role: 'harbour master', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a capitalised body in the apposition is no role', () => {
    const text = '“The ferry is cancelled,” Rosalind Keogh, the Quay Society, told passengers.';
    expect(quote(text, 'The ferry')).toMatchObject({ speaker_role: null, cue: 'told' });
  });
});
