import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a quoted title inside the apposition after the speaker is stepped over to find the cue', () => {
  test('"“…,” NAME, who starred in “TITLE”, told OUTLET": direct, the name speaks', () => {
    const text = '“We never rehearsed,” Nora Pike, who played Captain Lee Hart in “Harbour Lights”, told The Observer.';
    expect(quote(text, 'We never')).toMatchObject({ text: 'We never rehearsed,', type: 'direct', speaker: 'Nora Pike', cue: 'told', outlet: 'The Observer', start: at(text, 'We never'), end: at(text, 'rehearsed,') + 'rehearsed,'.length });
  });

  test('"“…,” NAME, star of “TITLE”, told OUTLET": the comma outside the title ends the apposition', () => {
    const text = '“We never rehearsed,” Nora Pike, star of “Harbour Lights”, told The Observer.';
    expect(quote(text, 'We never')).toMatchObject({ text: 'We never rehearsed,', type: 'direct', speaker: 'Nora Pike', cue: 'told', outlet: 'The Observer' });
  });
});

describe('a code in marks is nobody\'s words', () => {
  test('"codes beginning with “KR19.”": a short code of letters and digits is no partial', () => {
    expect(quotesOf('Recalled jars carry batch numbers starting with “KR19.”')).toEqual([]);
  });
});
