import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"X asked the minister whether …. “…,” the minister answered": the one answering is not the asker', () => {
  test('the description answering stays the description, not the senator who asked', () => {
    const text = 'At the hearing, Senator Ida Brandvold asked the minister whether the fund had lost money. "Not a single dollar," the minister answered.';
    expect(quote(text, 'Not a single')).toMatchObject({
      text: 'Not a single dollar,', type: 'direct', start: at(text, 'Not a single'), speaker: null,
      speaker_mention: 'the minister', speaker_start: at(text, 'the minister answered'), cue: 'answered', cue_start: at(text, 'answered'),
    });
  });

  test('near miss: a named person answering is still that person', () => {
    const text = 'At the hearing, Senator Ida Brandvold asked Paulo Esterhuis whether the fund had lost money. "Not a single dollar," Esterhuis replied.';
    expect(quote(text, 'Not a single')).toMatchObject({ type: 'direct', speaker: 'Paulo Esterhuis', speaker_mention: 'Esterhuis', cue: 'replied' });
  });
});
