import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

describe('"CLAUSE, the head of the Body said.": an office before a named body closes the clause', () => {
  test('the clause after a dateline is what the office holder said; the trailing participle is not given alone', () => {
    const text = 'The rains came early.\n\nMARVILLE, Korlandia — Measles cases in the south have tripled in a month, with more than 900 infections logged since May, the head of the Korlandian Health Service said on Friday, warning that the floods would make it worse.';
    expect(quote(text, 'Measles cases')).toMatchObject({
      type: 'indirect', text: 'Measles cases in the south have tripled in a month, with more than 900 infections logged since May',
      start: at(text, 'Measles cases'), cue: 'said', cue_start: at(text, 'said on Friday'),
    });
    expect(indirect(text)).toEqual(['Measles cases in the south have tripled in a month, with more than 900 infections logged since May']);
  });

  test('"a spokeswoman for the Body" as before', () => {
    const text = 'The rains came early.\n\nFerry fares rose by a third, a spokeswoman for the Tollmere Harbour Board said.';
    expect(quote(text, 'Ferry fares')).toMatchObject({ type: 'indirect', text: 'Ferry fares rose by a third', cue: 'said' });
  });
});

describe('"CLAUSE, the drivers\' union said.": a plural owner\'s bare apostrophe', () => {
  test('a figure-led clause with a participle, closed by the union and its name', () => {
    const text = 'The strike went on.\n\nAbout 64% of its drivers had stayed home on Monday, halting buses in 12 of the region\'s 15 towns, the drivers\' union Velta said in a statement.';
    expect(quote(text, 'About 64%')).toMatchObject({
      type: 'indirect', text: 'About 64% of its drivers had stayed home on Monday, halting buses in 12 of the region\'s 15 towns',
      start: at(text, 'About 64%'), speaker: 'Velta', cue: 'said', cue_start: at(text, 'said in a statement'),
    });
  });

  test('with a curly apostrophe and no name', () => {
    const text = 'The strike went on.\n\nMost drivers stayed home, the drivers’ union said.';
    expect(quote(text, 'Most drivers')).toMatchObject({ type: 'indirect', text: 'Most drivers stayed home', cue: 'said' });
  });
});
