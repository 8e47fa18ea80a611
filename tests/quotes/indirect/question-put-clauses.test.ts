import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a clause of the question put to the speaker after the cue', () => {
  test('"said when asked whether …" with no comma keeps its reported question, as PolNeAR annotates it; the quotations keep their speaker', () => {
    const text = '“No,” Okoro said when asked whether she would resign. “The work is not finished.”';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['direct', 'indirect', 'direct']);
    expect(quote(text, 'No,')).toMatchObject({ type: 'direct', speaker: 'Okoro', cue: 'said', outlet: null, start: 1, end: 4 });
    expect(quote(text, 'when asked')).toMatchObject({ type: 'indirect', text: 'when asked whether she would resign', speaker: 'Okoro', cue: 'said', start: at(text, 'when asked') });
    expect(quote(text, 'The work')).toMatchObject({ type: 'direct', speaker: 'Okoro', cue: 'said', outlet: null, start: at(text, 'The work'), end: at(text, 'finished.') + 9 });
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
