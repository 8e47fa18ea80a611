import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

const rows = (text: string) => quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.cue, q.outlet, q.start, q.end]);

describe('"said A, and that B": the second "that" answers the cue again, two reports of one frame', () => {
  test('", and that" after a bare "said": A ends before the comma, B starts after "that"', () => {
    const text = 'Mayor Tom Green said the road would close on Monday, and that drivers would be fined.';
    expect(rows(text)).toEqual([
      ['the road would close on Monday', 'indirect', 'Tom Green', 'Tom Green', 'said', null, at(text, 'the road'), at(text, ', and that')],
      ['drivers would be fined', 'indirect', 'Tom Green', 'Tom Green', 'said', null, at(text, 'drivers'), text.length - 1],
    ]);
  });

  test('", but that" after "reported that": an outlet\'s two reports, each with the outlet', () => {
    const text = 'The Daily Courier reported that two bidders had been approached, but that neither could pay before June.';
    expect(rows(text)).toEqual([
      ['two bidders had been approached', 'indirect', 'The Daily Courier', 'The Daily Courier', 'reported', 'The Daily Courier', at(text, 'two bidders'), at(text, ', but that')],
      ['neither could pay before June', 'indirect', 'The Daily Courier', 'The Daily Courier', 'reported', 'The Daily Courier', at(text, 'neither'), text.length - 1],
    ]);
  });

  test('"said that A and that B" with no comma: two reports', () => {
    const text = 'The council said that the pool would reopen in May and that prices would stay the same.';
    expect(rows(text).map((r) => r[0])).toEqual(['the pool would reopen in May', 'prices would stay the same']);
  });

  test('three clauses: "said A, and that B, and that C"', () => {
    const text = 'Ana Ruiz said the ferry was late, and that the crew was tired, and that nobody had been hurt.';
    expect(rows(text).map((r) => [r[0], r[2]])).toEqual([
      ['the ferry was late', 'Ana Ruiz'], ['the crew was tired', 'Ana Ruiz'], ['nobody had been hurt', 'Ana Ruiz'],
    ]);
  });

  test('near miss: "and that was …" is a pronoun subject of A\'s own next clause, one report', () => {
    const text = 'Ana Ruiz said the vote had failed, and that was the end of the plan.';
    expect(rows(text).map((r) => r[0])).toEqual(['the vote had failed, and that was the end of the plan']);
  });

  test('near miss: "and that NOUN is …" is a demonstrative, one report', () => {
    const text = 'Fire officials said a leak was found on Mill Lane and that building is being cleared.';
    expect(rows(text).map((r) => r[0])).toEqual(['a leak was found on Mill Lane and that building is being cleared']);
  });

  test('near miss: a report nested in A ("the inspectors found that A and that B") keeps the outer report whole', () => {
    const text = 'Ana Ruiz said the inspectors found that the roof leaked and that the wiring was old.';
    expect(rows(text).filter((r) => r[2] === 'Ana Ruiz').map((r) => r[0])).toEqual(['the inspectors found that the roof leaked and that the wiring was old']);
  });
});
