import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

const row = (t: string) => quotesOf(t).map((q) => [q.text, q.type, q.start, q.end, q.speaker, q.speaker_kind, q.speaker_start, q.speaker_end, q.cue, q.outlet]);

describe('a mission, delegation or panel its owner names speaks as a body', () => {
  test('a capitalised owner before the noun', () => {
    const t = '"The count was orderly," the EU observer mission said in a statement.';
    expect(row(t)).toEqual([['The count was orderly,', 'direct', 1, 23, 'the EU observer mission', 'organization', 25, 48, 'said', null]]);
  });

  test("a possessive owner before the noun", () => {
    const t = "Norway's delegation said on Friday that the draft went too far.";
    expect(row(t)).toEqual([['the draft went too far', 'indirect', 40, 62, "Norway's delegation", 'organization', 0, 19, 'said', null]]);
  });

  test('an owner before the noun and an "of" group after it', () => {
    const t = 'Coastal flooding will double by 2050, a World Bank panel of economists said Monday.';
    expect(row(t)).toEqual([['Coastal flooding will double by 2050', 'indirect', 0, 36, 'a World Bank panel of economists', 'organization', 38, 70, 'said', null]]);
  });

  test('negative: a member of the body, and the body with no owner, stay unnamed people', () => {
    expect(row('The talks had stalled, a member of the delegation said.')).toEqual([['The talks had stalled', 'indirect', 0, 21, null, 'anonymous', 23, 49, 'said', null]]);
    expect(row('The talks had stalled, the delegation said.')).toEqual([['The talks had stalled', 'indirect', 0, 21, null, 'anonymous', 23, 37, 'said', null]]);
  });
});
