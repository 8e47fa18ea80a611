import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('an unknown capitalised "the X" after "according to" is no person', () => {
  test('a newspaper word is an outlet, any other single word a body', () => {
    const paper = 'The ferry levy was doubled, according to the Herald.';
    expect(quotesOf(paper).map((q) => [q.text, q.speaker, q.speaker_kind, q.outlet, q.cue])).toEqual([['The ferry levy was doubled', 'The Herald', 'outlet', 'The Herald', 'according to']]);
    const gazette = 'The ferry levy was doubled, according to documents seen by the Gazette.';
    expect(quotesOf(gazette).map((q) => [q.speaker, q.speaker_kind, q.outlet])).toEqual([['The Gazette', 'outlet', 'The Gazette']]);
    const body = 'The ferry levy was doubled, according to the Chancery.';
    expect(quotesOf(body).map((q) => [q.text, q.speaker, q.speaker_kind, q.outlet])).toEqual([['The ferry levy was doubled', 'the Chancery', 'organization', null]]);
  });

  test('negative: a name without the article, and a plural family, stay people', () => {
    const named = 'The ferry levy was doubled, according to Gazette Marlow.';
    expect(quotesOf(named).map((q) => [q.speaker, q.speaker_kind])).toEqual([['Gazette Marlow', 'person']]);
    const family = 'The ferry levy was doubled, according to the Marlows.';
    expect(quotesOf(family).map((q) => [q.speaker, q.speaker_kind])).toEqual([['Marlows', 'person']]);
  });
});
