import { describe, expect, test } from 'vitest';
import { quotesOf } from '../../helpers/quotes.js';

describe('"She VERBED …, said NAME": the word after a subject pronoun is the clause\'s verb', () => {
  test('a verb the tagger may read as a noun still makes the clause a report', () => {
    const text = 'The race ended at noon.\n\nShe swam from Gull Point to the harbour wall, said trainer Ines Wolde.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(found).toMatchObject([{ text: 'She swam from Gull Point to the harbour wall', start: text.indexOf('She swam'), speaker: 'Ines Wolde', cue: 'said', cue_start: text.indexOf('said'), outlet: null }]);
  });
});
