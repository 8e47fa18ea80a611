import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf as quotes } from '../../helpers/quotes.js';

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
  test('a time after the denial verb: ", a claim the union denied on Friday."', () => {
    const text = 'The Courier reported that the depot would shut in June, a claim the drivers’ union denied on Friday.';
    expect(quotes(text)).toMatchObject([{ type: 'indirect', text: 'the depot would shut in June', start: 26, end: 54, speaker: 'Courier', cue: 'reported', cue_start: 12 }]);
  });

  test('"in a statement" after the verb, and "last week"', () => {
    const text = 'The site said the mill dumped waste in the river, an allegation the owners rejected in a statement. The blog said the ferry fares would double, a suggestion the operator dismissed last week.';
    expect(quotes(text)).toMatchObject([
      { type: 'indirect', text: 'the mill dumped waste in the river', start: 14, end: 48, cue: 'said' },
      { type: 'indirect', text: 'the ferry fares would double', start: at(text, 'the ferry'), end: at(text, 'the ferry') + 28, cue: 'said' },
    ]);
  });

  test('the appositive closes the first report before ", and added that …"', () => {
    const text = 'The Ledger said the harbour master ignored the storm warning, a charge the port authority has disputed, and added that two boats sank.';
    expect(quotes(text)).toMatchObject([
      { type: 'indirect', text: 'the harbour master ignored the storm warning', start: 16, end: 60, speaker: 'Ledger', cue: 'said' },
      { type: 'indirect', text: 'two boats sank', start: at(text, 'two boats'), end: at(text, 'two boats') + 14, speaker: 'Ledger', cue: 'added', cue_start: at(text, 'added') },
    ]);
  });
});
