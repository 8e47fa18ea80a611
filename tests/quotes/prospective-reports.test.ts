import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a report on a timetable ("is due to announce", "is set to announce") attributes nothing', () => {
  test('"is scheduled to announce" gives no quote', () => {
    expect(quotesOf('The Treadwell Trust is scheduled to announce the outcome of its audit in May.')).toEqual([]);
  });

  test('"is set to announce" gives no quote', () => {
    expect(quotesOf('The agency is set to announce the cost of the repairs on Friday.')).toEqual([]);
  });

  test('"is due to announce", with an adverb inside: "is now due to announce"', () => {
    expect(quotesOf('The board is now due to announce the name of its new chair in June.')).toEqual([]);
  });

  test('near miss: "is expected to argue that …" still reports (PolNeAR annotates it)', () => {
    const text = 'The Treadwell Trust is expected to argue that the audit was flawed.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.cue, q.outlet])).toEqual([
      ['indirect', 'the audit was flawed', at(text, 'the audit'), at(text, 'the audit') + 20, 'Treadwell Trust', 'argue', null],
    ]);
  });

  test('near miss: a report made ("announced") still attributes', () => {
    const text = 'Marlow Foods announced that prices would rise in June.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker_mention, q.cue, q.outlet])).toEqual([
      ['indirect', 'prices would rise in June', at(text, 'prices'), at(text, 'prices') + 25, 'Marlow Foods', 'announced', null],
    ]);
  });
});
