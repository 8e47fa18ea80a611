import { describe, expect, test } from 'vitest';
import { quote, quotesOf as quotes } from '../../helpers/quotes.js';

describe('an appositive naming a report and its denial', () => {
  test('", a claim X denied" ends the report and reports nothing itself', () => {
    const text = 'The Gazette reported that four councillors would oppose the levy, a claim the council leader, Mary Tolland, denied.';
    const all = quotes(text);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ text: 'four councillors would oppose the levy', start: 26, end: 64, type: 'indirect', speaker: 'Gazette', cue: 'reported', outlet: 'Gazette' });
  });

  test('", an accusation his family has always rejected" is cut from the content', () => {
    const text = 'El Norte reported in 2019 that he had bribed customs officers, an accusation his family has always rejected.';
    expect(quotes(text)).toHaveLength(1);
    expect(quote(text, 'he had bribed')).toMatchObject({ text: 'he had bribed customs officers', start: 31, end: 61, cue: 'reported' });
  });

  test('"X denied the claim that …" still reports', () => {
    const text = 'The minister denied the claim that the port would close.';
    expect(quotes(text).length).toBeGreaterThan(0);
  });
});
