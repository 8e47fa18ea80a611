import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { quote } from '../helpers/quotes.js';

const entities = (text: string) => extractArticle(text, { id: 'p' }).entities;

describe('a radio programme that is the outlet is no film', () => {
  test('NPR\'s “Morning Edition” after "an interview with": an outlet, not a film', () => {
    const text = 'Its treasurer, Lena Ortiz, said in an interview with NPR\'s "Morning Edition" that the fund was empty.';
    expect(quote(text, 'the fund')).toMatchObject({ type: 'indirect', text: 'the fund was empty', start: text.indexOf('the fund'), speaker: 'Lena Ortiz', cue: 'said', outlet: 'Morning Edition' });
    expect(entities(text).films).toEqual([]);
    expect(entities(text).outlets.map((o) => o.name)).toEqual(['NPR', 'Morning Edition']);
  });

  test('near miss: a talk show read as a TV series stays listed', () => {
    const text = 'Lena Ortiz, appearing on "The Tonight Show," said the fund was empty.';
    expect(entities(text).films.map((f) => [f.title, f.kind])).toEqual([['The Tonight Show', 'tv']]);
  });
});
