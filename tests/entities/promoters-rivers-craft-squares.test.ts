// Names that look like a person's by their shape but are a body, a river, a craft or a square by what stands
// around them: "the promoter NAME", "the River NAME", "NAME rocket", "at NAME Square". Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const extract = (text: string) => extractArticle(text, { id: 'p' });
const people = (text: string) => extract(text).entities.people.map((p) => p.name);

describe('"the promoter NAME": a body\'s description before a name that reads as no person\'s', () => {
  test('"the promoter Harrowgate Live announced" is the promoter firm, speaking as an organisation', () => {
    const text = 'The singer will play nine arena dates next spring, the promoter Harrowgate Live announced on Monday.';
    expect(people(text)).toEqual([]);
    expect(quote(text, 'The singer will')).toMatchObject({
      text: 'The singer will play nine arena dates next spring', type: 'indirect', speaker: 'Harrowgate Live', speaker_kind: 'organization',
      cue: 'announced', cue_start: at(text, 'announced'), outlet: null, start: 0,
    });
  });

  test('near miss: a given name ("the promoter Eddie Vance") or a name of two words outside the dictionary stays a person', () => {
    expect(people('The bout was confirmed, the promoter Eddie Vance announced on Monday.')).toEqual(['Eddie Vance']);
    expect(people('The bout was confirmed, the promoter Kwabena Asante announced on Monday.')).toEqual(['Kwabena Asante']);
  });
});

describe('"River NAME" opens a river\'s name', () => {
  test('a headline\'s "into River Wensum" is no person, with the river named alone later', () => {
    const text = 'Water firm fined for spills into River Wensum\n\nA water company was fined for pumping sewage into the River Wensum for years. "We are spending millions on the Wensum," said Tom Hale, its chief executive.';
    expect(people(text)).toEqual(['Tom Hale']);
  });

  test('near miss: a person so named who speaks or is described stays a person ("River Hale, the actor")', () => {
    expect(people('"We were ready," said River Hale, the actor.')).toEqual(['River Hale']);
  });
});

describe('a one-word name before a craft\'s noun is the craft\'s, alone too', () => {
  test('"Japan\'s Hoshiro rocket" … "the mission manager for Hoshiro": Hoshiro is no person', () => {
    const text = 'The first launch of Japan\'s Hoshiro rocket was called off on Friday.\n\nKeiko Mori, the mission manager for Hoshiro, told reporters the fault was minor.';
    expect(people(text)).toEqual(['Keiko Mori']);
    expect(quote(text, 'the fault')).toMatchObject({ text: 'the fault was minor', type: 'indirect', speaker: 'Keiko Mori', cue: 'told', outlet: null });
  });

  test('near miss: a name of several capitalised words before the noun is no one-word craft ("the Space Launch System rocket")', () => {
    const text = 'Ana Bell, a manager on the Space Launch System rocket, said the test went well. Bell smiled.';
    expect(people(text)).toEqual(['Ana Bell']);
  });
});

describe('"at NAME Square": a street\'s or square\'s name after "at" or "in", even with a given name first', () => {
  test('"a news conference at Lincoln Square" names no person', () => {
    const text = '"We will not stop," Dana Kell said at a news conference at Lincoln Square.';
    expect(people(text)).toEqual(['Dana Kell']);
    expect(quote(text, 'We will')).toMatchObject({ text: 'We will not stop,', type: 'direct', speaker: 'Dana Kell', cue: 'said', outlet: null, start: 1 });
  });

  test('near miss: a surname that ends places too after "at" ("waved at Dana Park"), or a street\'s word not after "at"/"in", stays a person', () => {
    expect(people('The fans waved at Dana Park as she left, said Tom Hale.')).toEqual(['Dana Park', 'Tom Hale']);
    expect(people('The contract went to Lena Bridge, said Tom Hale.')).toEqual(['Lena Bridge', 'Tom Hale']);
  });
});
