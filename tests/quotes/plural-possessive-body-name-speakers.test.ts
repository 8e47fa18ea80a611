import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe("a plural's possessive inside a capitalised body name does not end the name", () => {
  test('"the Castlegate Wanderers Owners\' Trust said": the whole trust speaks', () => {
    const text = "The Castlegate Wanderers Owners' Trust said on Monday that the sale left fans \"in the dark\".";
    const name = "Castlegate Wanderers Owners' Trust";
    expect(quote(text, 'in the dark')).toMatchObject({
      text: 'in the dark', type: 'partial', speaker: name, speaker_kind: 'organization',
      speaker_start: at(text, name), speaker_end: at(text, name) + name.length, cue: 'said', outlet: null,
      start: at(text, 'in the dark'), end: at(text, 'in the dark') + 'in the dark'.length,
    });
  });

  test("near miss: a closing single quotation mark after a capitalised plural still closes the quotation", () => {
    const text = "'We will always back the Rangers' Moss said.";
    expect(quote(text, 'We will always')).toMatchObject({ text: 'We will always back the Rangers', type: 'direct', speaker: 'Moss', speaker_start: at(text, 'Moss'), cue: 'said' });
  });

  test("near miss: a name's possessive before a person is no body's name (\"Reuters' Dana Pell\" is Dana Pell)", () => {
    const text = "Reuters' Dana Pell argued that the levy was \"a tax on patience\".";
    expect(quote(text, 'a tax on patience')).toMatchObject({ type: 'partial', speaker: 'Dana Pell', speaker_start: at(text, 'Dana Pell'), cue: 'argued' });
  });
});
