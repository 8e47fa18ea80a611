import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

// "CLAUSE, she said, but CLAUSE.": a frame between two whole clauses joined by "but", "yet", "because" or
// "and" reports both, each its own span, the frame and the joiner left out.
const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('a frame set off by commas between two clauses joined by "but"', () => {
  test('both clauses are the speaker\'s, as two spans', () => {
    const text = 'The beach stayed closed. Biologists do not know why seals beach themselves, Dr Lena Voss said, but noise and hunger can both play a part.';
    const found = indirect(text);
    expect(found.map((q) => [q.text, q.start, q.speaker, q.cue])).toEqual([
      ['Biologists do not know why seals beach themselves', at(text, 'Biologists'), 'Lena Voss', 'said'],
      ['noise and hunger can both play a part', at(text, 'noise'), 'Lena Voss', 'said'],
    ]);
  });

  test('a reason given after the frame with "because" is the speaker\'s too, as a second span', () => {
    const text = 'The pier was shut twice last winter, Dr Tom Ellery said, because the storms had loosened its piles.';
    const found = indirect(text);
    expect(found.map((q) => [q.text, q.start, q.speaker, q.cue])).toEqual([
      ['The pier was shut twice last winter', at(text, 'The pier'), 'Tom Ellery', 'said'],
      ['the storms had loosened its piles', at(text, 'the storms'), 'Tom Ellery', 'said'],
    ]);
  });

  test('a second clause joined by "and" after the frame is the speaker\'s too, as a second span', () => {
    const text = 'Dr Ana Ruiz spoke on Monday. The dam had been checked twice in May, she said, and the engineers had found no cracks.';
    const found = indirect(text);
    expect(found.map((q) => [q.text, q.start, q.end, q.speaker, q.cue])).toEqual([
      ['The dam had been checked twice in May', at(text, 'The dam'), at(text, ', she said'), 'Ana Ruiz', 'said'],
      ['the engineers had found no cracks', at(text, 'the engineers'), text.length - 1, 'Ana Ruiz', 'said'],
    ]);
  });

  test('"and" with the speaker\'s next verb is no second clause (negative case)', () => {
    const text = 'The dam had been checked twice in May, Dr Ana Ruiz said, and added that no cracks were found.';
    expect(indirect(text).some((q) => q.text.startsWith('added'))).toBe(false);
  });

  test('"because of" a noun is no second clause (negative case)', () => {
    const text = 'The pier was shut twice last winter, Dr Tom Ellery said, because of the storms.';
    expect(indirect(text).map((q) => q.text)).toEqual(['The pier was shut twice last winter']);
  });

  test('"according to X, but …" credits X with the first clause only', () => {
    const text = 'The album sold a million copies in a week, according to the label, but sales have slowed since.';
    expect(indirect(text).map((q) => q.text)).toEqual(['The album sold a million copies in a week']);
  });

  test('a subject split by the frame stays one report (negative case)', () => {
    const text = 'The bridge, Mayor Ines Ortiz said, would open in May.';
    expect(indirect(text).map((q) => q.text)).toEqual(['The bridge, Mayor Ines Ortiz said, would open in May']);
  });

  test('a verb right after "but" is the speaker\'s next act, not a second clause (negative case)', () => {
    const text = 'The ferry will run all winter, the mayor said, but declined to give a date.';
    expect(indirect(text).some((q) => q.text === 'declined to give a date')).toBe(false);
  });
});
