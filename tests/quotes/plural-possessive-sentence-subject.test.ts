import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a plural possessive inside the sentence subject a participle shares: "The dockers’ union sued …, accusing …"', () => {
  test('"accusing X of …" after the main clause reports the whole subject, as "accused X of" does', () => {
    const text = 'The porters’ union sued the rail company on Friday, accusing it of ignoring the safety rules.';
    expect(quote(text, 'it of')).toMatchObject({
      type: 'indirect', text: 'it of ignoring the safety rules', start: at(text, 'it of'), end: at(text, 'rules') + 'rules'.length,
      speaker_mention: 'The porters’ union', speaker_start: 0, speaker_kind: 'organization', cue: 'accusing', cue_start: at(text, 'accusing'), outlet: null,
    });
  });

  test('"saying …" after the main clause, a straight apostrophe too', () => {
    const text = "The growers' association walked out of the talks, saying prices had not moved.";
    expect(quote(text, 'prices')).toMatchObject({ type: 'indirect', text: 'prices had not moved', speaker_mention: "The growers' association", speaker_start: 0, cue: 'saying' });
  });

  test('near miss: a thing owned by a plural is no speaker of the participle', () => {
    const text = 'The ferries’ timetable changed on Monday, citing repairs.';
    expect(quotesOf(text)).toEqual([]);
  });
});
