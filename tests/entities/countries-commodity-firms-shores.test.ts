// A country, a firm named for its commodity and a shore's name: names that look like a person's by their shape. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const extract = (text: string) => extractArticle(text, { id: 'c' });
const people = (text: string) => extract(text).entities.people.map((p) => p.name);

describe('countries of several words are no people', () => {
  test('"Sierra Leone had warned …" speaks as a government, even with a given name first', () => {
    const text = 'The Guardian reported that Sierra Leone had warned that it could close the border.';
    const r = extract(text);
    expect(r.entities.people).toEqual([]);
    const warned = r.quotes.find((q) => q.cue === 'warned')!;
    expect(warned.speaker).toBe('Sierra Leone');
    expect(warned.text).toBe('it could close the border');
    expect(text.slice(warned.start, warned.end)).toBe('it could close the border');
  });

  test('a two-word country with no given name ("Costa Rica said") is no person either', () => {
    expect(people('Costa Rica said on Friday that talks would resume, according to Delphine Marchetti, a trade envoy.')).toEqual(['Delphine Marchetti']);
  });
});

describe('firms named for a commodity', () => {
  test('"Tebogo Platinum said" is a firm, not a person', () => {
    const text = 'Miners were trapped near the shaft, and Tebogo Platinum said 14 others remained cut off. Tebogo Platinum employs 9,000 people.';
    const r = extract(text);
    expect(r.entities.people).toEqual([]);
    expect(r.quotes.map((q) => [q.speaker, q.cue, q.text])).toEqual([['Tebogo Platinum', 'said', '14 others remained cut off']]);
  });

  test('energy and mining firms ("Varrow Energy", "Kessick Minerals") are no people', () => {
    expect(people('Varrow Energy said prices would rise, and Kessick Minerals agreed, said Odette Lamar, an analyst.')).toEqual(['Odette Lamar']);
  });

  test('a surname that is also a metal stays a person: "Tamsin Gold said"', () => {
    expect(people('Tamsin Gold said the mine was safe.')).toEqual(['Tamsin Gold']);
  });
});

describe('a shore named with a given name', () => {
  test('after a place preposition or before a beach or club word, "Rosa Point" is a place', () => {
    const text = 'She was swimming at Rosa Point Beach when she was stung, police said. “It was quick,” said the captain of the Rosa Point Surf Life Saving Club, Oren Tallis. Boats would patrol between Rosa Point and Gull Beach, Tallis said.';
    expect(people(text)).toEqual(['Oren Tallis']);
  });

  test('"Rosa Point, 34, said" is a person', () => {
    expect(people('Rosa Point, 34, said she was happy.')).toEqual(['Rosa Point']);
  });
});

describe('an island or a landing after "on" is a place', () => {
  test('"a depot on Clive Island" names no person, though Clive is a given name', () => {
    expect(people('The fire started in a depot on Clive Island, the coastguard said.')).toEqual([]);
  });

  test('near miss: "a documentary on Michael Bay" is about him', () => {
    expect(people('She is making a documentary on Michael Bay, the director said.')).toEqual(['Michael Bay']);
  });
});

describe('a name set beside "one of the … cinemas" is a venue', () => {
  test('"Le Carillon, one of the oldest cinemas in Lyon, will shut" lists no person', () => {
    const text = 'Le Carillon, one of the oldest cinemas in Lyon, will shut in June, its owner said.';
    const r = extract(text);
    expect(r.entities.people).toEqual([]);
    const shut = r.quotes.find((q) => q.cue === 'said')!;
    expect(shut).toMatchObject({ text: 'Le Carillon, one of the oldest cinemas in Lyon, will shut in June', start: 0, speaker_mention: 'its owner', type: 'indirect' });
  });

  test('near miss: "one of the cinema\'s owners" is a person described', () => {
    expect(people('Bruno Marchal, one of the cinema’s owners, said it would reopen.')).toEqual(['Bruno Marchal']);
  });
});
