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
    expect(quotesOf(carried).map((q) => [q.text, q.speaker, q.cue, q.outlet])).toEqual([['the pier would close next year', 'Wrexley', 'said', 'Harbour Ledger']]);
    const plain = 'The pension fund was short by millions, according to Tamsin Wrexley.';
    expect(quotesOf(plain).map((q) => [q.text, q.speaker, q.cue])).toEqual([['The pension fund was short by millions', 'Tamsin Wrexley', 'according to']]);
  });

  test('negative: a named person\'s report keeps its speaker (the closing account cut from it), and a clause joined to another keeps both reports', () => {
    const named = 'Brodie Kestrel said the ferry fund was empty, according to a memo from her office.';
    expect(quotesOf(named).map((q) => [q.text, q.speaker, q.cue, q.start, q.end])).toEqual([
      ['the ferry fund was empty', 'Brodie Kestrel', 'said', 20, 44],
    ]);
    const joined = 'The survey warned the dock was sinking, but the board said it was sound, according to an engineer.';
    expect(quotesOf(joined).map((q) => [q.speaker_mention, q.cue])).toEqual([['The survey', 'warned'], ['the board', 'said']]);
    expect(quote(joined, 'it was sound')).toMatchObject({ type: 'indirect', text: 'it was sound', start: 59, end: 71, speaker: 'the board' });
  });

  test('negative: a body\'s speech carried by an unknown "the Gazette" stays the body\'s', () => {
    const text = 'The harbour board told reporters the levy was fair, according to the Gazette.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker_mention, q.cue])).toEqual([['the levy was fair', 'The harbour board', 'told']]);
  });
});
