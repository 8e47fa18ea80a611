// Plural possessives inside an organisation's name: a descriptor opening it ("British"), "Women's"/"Children's",
// and a lower-case body after "according to" ("the growers' federation"). Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe("a plural's possessive inside a body's name keeps the whole name", () => {
  test('a descriptor opening the name stays in it: "The Scottish Ferry Skippers’ Association said"', () => {
    const text = 'The Scottish Ferry Skippers’ Association said its crews had been ignored.';
    const name = 'Scottish Ferry Skippers’ Association';
    expect(quote(text, 'its crews')).toMatchObject({
      text: 'its crews had been ignored', type: 'indirect', speaker: name, speaker_kind: 'organization', cue: 'said', outlet: null,
      speaker_start: at(text, name), speaker_end: at(text, name) + name.length, start: at(text, 'its crews'),
    });
    expect(people(text)).toEqual([]);
  });

  test('"Women\'s", "Children\'s" open a body\'s name, no person after them', () => {
    const text = "The Women's Darts Players' Association said it would boycott the event.";
    const name = "Women's Darts Players' Association";
    expect(quote(text, 'it would boycott')).toMatchObject({ type: 'indirect', speaker: name, speaker_kind: 'organization', speaker_start: at(text, name), speaker_end: at(text, name) + name.length, cue: 'said' });
    const other = "The Children's Reading Forum said it would open two libraries.";
    expect(quote(other, 'it would open')).toMatchObject({ speaker: "Children's Reading Forum", speaker_kind: 'organization', speaker_start: at(other, "Children's"), cue: 'said' });
    expect(people(other)).toEqual([]);
  });

  test('"according to the growers’ federation": the whole body in small letters speaks', () => {
    const text = 'According to the valley’s growers’ federation, at least 20 orchards have been sold.';
    const name = 'the valley’s growers’ federation';
    expect(quote(text, 'at least 20')).toMatchObject({
      text: 'at least 20 orchards have been sold', type: 'indirect', speaker: name, speaker_kind: 'organization', cue: 'According to', outlet: null,
      speaker_start: at(text, name), speaker_end: at(text, name) + name.length,
    });
  });

  test('near miss: a possessive before a person is still the person ("the Harriers’ coach Lena Voss")', () => {
    const text = '“We were beaten by a better side,” said the Harriers’ coach Lena Voss.';
    expect(quote(text, 'We were beaten')).toMatchObject({ type: 'direct', speaker: 'Lena Voss', speaker_kind: 'person', speaker_start: at(text, 'Lena Voss'), cue: 'said' });
    const lower = 'According to the players’ lawyers, the contracts were void.';
    expect(quote(lower, 'the contracts')).toMatchObject({ speaker_kind: 'anonymous', speaker_mention: 'the players’ lawyers' });
  });
});

describe("a body's word alone after a plural's possessive is that body's name, no person", () => {
  test('"president of the Lisbon-based Editors’ Circle" makes no person "Circle"; the speaker stays', () => {
    const text = 'Marta Ilić, who is also president of the Lisbon-based Editors’ Circle, said the festival was ready.';
    expect(people(text)).toEqual(['Marta Ilić']);
    expect(quote(text, 'the festival')).toMatchObject({ text: 'the festival was ready', speaker: 'Marta Ilić', speaker_kind: 'person', cue: 'said' });
  });

  test('"a member of the Painters’ Guild" makes no person "Guild"', () => {
    expect(people('Tomas Brandt, a member of the Painters’ Guild, said the prize was rigged.')).toEqual(['Tomas Brandt']);
  });

  test('negative: a surname after a team\'s possessive is still a person ("the Harriers’ Okafor said")', () => {
    expect(people('The Harriers’ Okafor said the pitch was poor.')).toEqual(['Okafor']);
  });
});
