import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a clause of the question put to the speaker after the cue', () => {
  test('"said when asked whether …" reports nothing; the quotations around it keep their speaker', () => {
    const text = '“No,” Okoro said when asked whether she would resign. “The work is not finished.”';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['direct', 'direct']);
    expect(quote(text, 'No,')).toMatchObject({ type: 'direct', speaker: 'Okoro', cue: 'said', outlet: null, start: 1, end: 4 });
    expect(quote(text, 'The work')).toMatchObject({ type: 'direct', speaker: 'Okoro', cue: 'said', outlet: null, start: at(text, 'The work'), end: at(text, 'finished.') + 9 });
  });

  test('"said after being questioned about …" reports nothing either', () => {
    const text = 'The minister said after being questioned about the contract. Talks resume Monday.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a clause after the question\'s comma is the content', () => {
    const text = 'Okoro said when asked, the council would publish the audit.';
    expect(quote(text, 'the council')).toMatchObject({ text: 'the council would publish the audit', type: 'indirect', speaker: 'Okoro', cue: 'said', outlet: null, start: at(text, 'the council') });
  });

  test('a relative clause on the question\'s topic after its comma is no content', () => {
    const text = '“It can be better,” Okoro said when asked about the audit, which was published in May. “We will fix it.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['It can be better,', 'We will fix it.']);
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker: 'Okoro', cue: 'said', start: at(text, 'We will') });
  });

  test('near miss: a clause of time whose own subject acts is left as it was', () => {
    const text = 'Okoro said when the audit is published she will resign.';
    expect(quote(text, 'when the audit')).toMatchObject({ text: 'when the audit is published she will resign', type: 'indirect', speaker: 'Okoro', cue: 'said', start: at(text, 'when') });
  });
});
