import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('a speaker apposition ending in a broadcaster\'s quoted programme: "X, appearing on CNN\'s “…,” said …"', () => {
  const text = 'The economist Tomas Berg, speaking on NBC’s “Sunday Ledger,” said the rate cut would come in June.';

  test('the report after the apposition is found, its speaker before the apposition, the programme its outlet', () => {
    expect(quote(text, 'the rate cut')).toMatchObject({ text: 'the rate cut would come in June', type: 'indirect', start: at(text, 'the rate'), end: text.length - 1, speaker: 'Tomas Berg', speaker_start: at(text, 'Tomas'), cue: 'said', cue_start: at(text, 'said'), outlet: 'Sunday Ledger' });
  });

  test('straight marks too, and the programme is listed as a TV show', () => {
    const plain = 'Political analyst Ana Ruiz, appearing on CNN\'s "Weekend Desk," said the seat was safe.';
    expect(quote(plain, 'the seat')).toMatchObject({ text: 'the seat was safe', type: 'indirect', speaker: 'Ana Ruiz', cue: 'said', outlet: 'Weekend Desk' });
    expect(extractArticle(plain, { id: 't' }).entities.films.map((f) => [f.title, f.kind])).toEqual([['Weekend Desk', 'tv']]);
  });

  test('negative: a person\'s possessive before a quoted title is no broadcaster\'s programme', () => {
    const near = 'The economist Tomas Berg, a fan of Quinn’s “Open Roads,” said the rate cut would come in June.';
    expect(quote(near, 'the rate cut')).toMatchObject({ type: 'indirect', speaker: 'Tomas Berg', cue: 'said', outlet: null });
    expect(extractArticle(near, { id: 't' }).entities.films.filter((f) => f.kind === 'tv')).toEqual([]);
  });
});
