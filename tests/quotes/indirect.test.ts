import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import type { Quote } from '../../src/types.js';

const quotesOf = (text: string) => extractArticle(text, { id: 't' }).quotes;
const at = (text: string, needle: string) => text.indexOf(needle);

function quote(text: string, start: string): Quote {
  const q = quotesOf(text).find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  expect(text.slice(q.start, q.end)).toBe(q.text);
  if (q.speaker_start !== null) expect(text.slice(q.speaker_start, q.speaker_end!)).toBe(q.speaker_mention);
  if (q.cue_start !== null) expect(text.slice(q.cue_start, q.cue_end!)).toBe(q.cue);
  return q;
}

describe('indirect speech', () => {
  test('a parenthetical frame inside the reported sentence: "X, Y said, Z"', () => {
    const text = 'The council met on Monday. The new library, Mayor Ana Ortiz said, would open in the spring.';
    expect(quote(text, 'The new library')).toMatchObject({
      type: 'indirect', text: 'The new library, Mayor Ana Ortiz said, would open in the spring', start: at(text, 'The new library'),
      speaker: 'Ana Ortiz', speaker_mention: 'Ana Ortiz', speaker_start: at(text, 'Ana Ortiz'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('an adverbial phrase between the cue and the content is stepped over', () => {
    const text = 'The race is close. Senator Ben Hale said at a rally in Dayton, Ohio, that the tax plan would cost jobs.';
    expect(quote(text, 'the tax plan')).toMatchObject({ type: 'indirect', text: 'the tax plan would cost jobs', speaker: 'Ben Hale', cue: 'said', cue_start: at(text, 'said') });
  });

  test('a sentence is not cut at a party-state tag or an initial', () => {
    const text = 'The hearing ran late. Rep. Ann Marsh (R-S.C.) said that the agency had misled the committee.';
    expect(quote(text, 'the agency had')).toMatchObject({ type: 'indirect', text: 'the agency had misled the committee', speaker: 'Ann Marsh', speaker_mention: 'Ann Marsh', cue: 'said' });
  });

  test('a surname the tagger reads as a verb still ends the speaker\'s name', () => {
    const text = 'The case was old. As a young lawyer, Maria E. Lynch said she was asked to review the file.';
    expect(quote(text, 'she was asked')).toMatchObject({ type: 'indirect', speaker: 'Maria E. Lynch', speaker_mention: 'Maria E. Lynch', speaker_start: at(text, 'Maria'), cue: 'said' });
  });

  test('a description with no head noun before a named apposition: "one of the lawyers, X, said"', () => {
    const text = 'The videos were released. In a statement, one of the family’s lawyers, Justin Reed, said the videos show the driver leaving his car calmly.';
    expect(quote(text, 'the videos show')).toMatchObject({ type: 'indirect', speaker: 'Justin Reed', speaker_mention: 'Justin Reed', cue: 'said', cue_start: at(text, 'said the') });
  });

  test('a relative clause after an age and a home town still leads back to the name', () => {
    const text = 'The crowd was large. Donna Reyes, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories of her father.';
    expect(quote(text, 'the event brought')).toMatchObject({ type: 'indirect', text: 'the event brought back memories of her father', speaker: 'Donna Reyes', speaker_mention: 'Donna Reyes', speaker_start: at(text, 'Donna'), cue: 'said' });
  });

  test('a poll or study "shows" what it reports', () => {
    const text = 'The race tightened. The latest poll shows that the senator is leading by four points.';
    expect(quote(text, 'the senator is')).toMatchObject({ type: 'indirect', text: 'the senator is leading by four points', speaker_mention: 'The latest poll', speaker_kind: 'anonymous', cue: 'shows', cue_start: at(text, 'shows') });
  });
});
