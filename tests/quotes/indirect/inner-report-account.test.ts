import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

describe('a clause holding a report, credited at its end: "The audit showed …, according to Lee"', () => {
  test('the source after "according to" speaks the whole clause, inner report and all', () => {
    const text = 'The audit showed the pension fund was short by millions, according to Tamsin Wrexley.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'The audit')).toMatchObject({
      type: 'indirect', text: 'The audit showed the pension fund was short by millions', start: 0, end: 55,
      speaker: 'Tamsin Wrexley', speaker_start: 70, speaker_end: 84, speaker_kind: 'person', cue: 'according to', cue_start: 57,
    });
    const said = 'Harbour police said the driver had fled the scene, according to Wrexley.';
    expect(quotesOf(said).map((q) => [q.text, q.speaker, q.cue])).toEqual([['Harbour police said the driver had fled the scene', 'Wrexley', 'according to']]);
  });

  test('negative: a person\'s words carried by a news outlet stay the person\'s, and a clause with no report is the source\'s as before', () => {
    const carried = 'Wrexley said the pier would close next year, according to the Harbour Ledger.';
    expect(quotesOf(carried).map((q) => [q.text, q.speaker, q.cue, q.outlet])).toEqual([['the pier would close next year, according to the Harbour Ledger', 'Wrexley', 'said', 'Harbour Ledger']]);
    const plain = 'The pension fund was short by millions, according to Tamsin Wrexley.';
    expect(quotesOf(plain).map((q) => [q.text, q.speaker, q.cue])).toEqual([['The pension fund was short by millions', 'Tamsin Wrexley', 'according to']]);
  });
});
