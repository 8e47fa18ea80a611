import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('a medium phrase with describing words ("in a lengthy statement", "in a brief interview") ends an object too', () => {
  test('"denied the reports in a lengthy statement" reports "the reports"', () => {
    const text = 'Castillo denied the reports in a lengthy statement.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the reports', start: at(text, 'the reports'), end: at(text, 'the reports') + 'the reports'.length,
      speaker: 'Castillo', speaker_start: 0, cue: 'denied', cue_start: at(text, 'denied'), outlet: null,
    }]);
  });

  test('"defended the show in a brief interview, saying …" keeps both reports', () => {
    const text = 'Castillo defended the show in a brief interview, saying it had been misread.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the show', speaker: 'Castillo', cue: 'defended' },
      { type: 'indirect', text: 'it had been misread', speaker: 'Castillo', cue: 'saying' },
    ]);
  });

  test('near miss: a noun that is no medium stays in the object ("in a new statement of principles" goes on with "of")', () => {
    const text = 'Castillo criticised the changes in a new statement of principles.';
    expect(quotesOf(text)).toMatchObject([{ text: 'the changes in a new statement of principles', cue: 'criticised' }]);
  });
});
