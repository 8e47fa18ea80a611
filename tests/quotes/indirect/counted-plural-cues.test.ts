import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"a veteran of nine Dublin shows, said …": a counted -s form is a plural noun, no cue', () => {
  test('one report, by the named speaker, none cued by "shows"', () => {
    const text = 'Marsh, a veteran of nine Dublin shows, said the theatre had cut the second act.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the theatre')).toMatchObject({
      text: 'the theatre had cut the second act', type: 'indirect', start: at(text, 'the theatre'), end: at(text, '.'),
      speaker: 'Marsh', speaker_mention: 'Marsh', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"several reports" before a comma is no cue either', () => {
    const text = 'Grey, the author of several reports, said the fund was short.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the fund')).toMatchObject({
      text: 'the fund was short', type: 'indirect', start: at(text, 'the fund'), end: at(text, '.'),
      speaker: 'Grey', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: a verb after a counted plural noun of its own still reports: "The survey of 900 voters shows that …"', () => {
    const text = 'The survey of 900 voters shows that the mayor is ahead.';
    expect(quote(text, 'the mayor')).toMatchObject({
      text: 'the mayor is ahead', type: 'indirect', start: at(text, 'the mayor'), end: at(text, '.'), cue: 'shows', cue_start: at(text, 'shows'),
    });
  });

  test('negative: a clock time is no count: "3:15 p.m. Maria Ortiz says in Dayton that …" still reports', () => {
    const text = '3:15 p.m.\n\nMaria Ortiz says in Dayton that she is glad to have the union behind her.';
    expect(quote(text, 'she is glad')).toMatchObject({
      text: 'she is glad to have the union behind her', type: 'indirect', start: at(text, 'she is glad'), end: text.length - 1,
      speaker: 'Maria Ortiz', cue: 'says', cue_start: at(text, 'says'), outlet: null,
    });
  });
});
