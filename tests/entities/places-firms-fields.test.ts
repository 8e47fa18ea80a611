import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'r' });
const people = (text: string) => run(text).entities.people.map((p) => p.name);
const characters = (text: string) => run(text).entities.characters.map((c) => c.name);
const quote = (text: string, start: string) => run(text).quotes.find((q) => q.text.startsWith(start))!;

describe('places, firms and office fields are no people or parts', () => {
  test('"X is a city" and "a fisherman in X" show X is a place, even with a capitalised particle ("Da Nang")', () => {
    const text = 'Da Nang is a city. Tran Van Minh, a fisherman in Da Nang, said the storm was coming.';
    expect(people(text)).toEqual(['Tran Van Minh']);
    expect(quote(text, 'the storm')).toMatchObject({ text: 'the storm was coming', speaker: 'Tran Van Minh', cue: 'said', outlet: null });
  });

  test('a place in a speaker\'s description is a place wherever else it stands ("Da Lat braced …")', () => {
    expect(people('Da Lat braced for the floods. Nguyen Thi Lan, a teacher in Da Lat, said the roads were closed.')).toEqual(['Nguyen Thi Lan']);
  });

  test('a place of a capitalised particle in a description is a place where it opens a sentence too ("Le Mans")', () => {
    const text = 'Le Mans braced for the race. Ana Ruiz, a driver from Le Mans, said the track was wet.';
    expect(people(text)).toEqual(['Ana Ruiz']);
    expect(quote(text, 'the track')).toMatchObject({ text: 'the track was wet', speaker: 'Ana Ruiz', cue: 'said', outlet: null });
  });

  test('a state\'s dotted abbreviation after a town is no person ("Tulsa, Okla.", "Raleigh, N.C.")', () => {
    const text = 'Jorge Ruiz, 36, a roofer from Tulsa, Okla., said the heat was brutal.';
    expect(people(text)).toEqual(['Jorge Ruiz']);
    expect(quote(text, 'the heat')).toMatchObject({ text: 'the heat was brutal', speaker: 'Jorge Ruiz', cue: 'said', outlet: null });
    expect(people('Mia Lund, a nurse from Raleigh, N.C., said the ward was full.')).toEqual(['Mia Lund']);
  });

  test('negative: "is a city councillor" describes a person, no place', () => {
    expect(people('Anna Lee is a city councillor. She said the plan was late.')).toEqual(['Anna Lee']);
  });

  test('an apposition naming a kind of business makes the name no person ("Van Oord, the Dutch dredging firm")', () => {
    const text = 'Van Oord, the Dutch dredging firm, said the work would finish in May.';
    expect(people(text)).toEqual([]);
    expect(quote(text, 'the work')).toMatchObject({ text: 'the work would finish in May', speaker: 'Van Oord', cue: 'said', outlet: null });
    expect(people('De Vries, a Rotterdam shoe brand, said sales had doubled.')).toEqual([]);
  });

  test('negative: a person described by the firm they found stays a person ("the firm\'s founder")', () => {
    expect(people('Tom Hale, the firm\'s founder, said no.')).toEqual(['Tom Hale']);
  });

  test('a part\'s name after an office\'s field is a person\'s given name ("Marketing Trinity Jones")', () => {
    const text = '"We will cut waiting lists," said Director of Sales and Marketing Trinity Jones.';
    expect(people(text)).toEqual(['Trinity Jones']);
    expect(characters(text)).toEqual([]);
    expect(quote(text, 'We will')).toMatchObject({ text: 'We will cut waiting lists,', speaker: 'Trinity Jones', cue: 'said', outlet: null });
  });

  test('negative: a known part alone is still a part ("Carrie-Anne Moss plays Trinity")', () => {
    expect(characters('In The Matrix, Trinity rescues Neo. Carrie-Anne Moss plays Trinity.')).toEqual(['Trinity', 'Neo']);
  });
});
