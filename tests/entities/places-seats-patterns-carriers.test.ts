// Names that read like a person's but name a place, a royal household, a weather pattern or a shipping firm:
// "Victoria Falls", "Buckingham Palace said", "a strong El Niño", "Halden Cruise Lines". Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a landform word no surname is ends a place even after a given name', () => {
  test('"Victoria Falls" and "Rosa Lagoon" are places', () => {
    expect(people('Hikers walked to Victoria Falls at dawn, and Kofi Mensah counted them.')).toEqual(['Kofi Mensah']);
    expect(people('Rosa Lagoon flooded in March, Kofi Mensah said.')).toEqual(['Kofi Mensah']);
  });

  test('near miss: a landform word that is a surname keeps the person', () => {
    expect(people('"We walked all night," said Rosa Hills, 41.')).toEqual(['Rosa Hills']);
  });
});

describe('a royal residence named for its household is a body', () => {
  test('"Kensington Palace said" is the household\'s', () => {
    const text = 'In a statement, Kensington Palace said the tour had been postponed.';
    expect(people(text)).toEqual([]);
    expect(quote(text, 'the tour')).toMatchObject({
      type: 'indirect', text: 'the tour had been postponed', start: at(text, 'the tour'), speaker: 'Kensington Palace',
      speaker_kind: 'organization', speaker_start: at(text, 'Kensington'), cue: 'said', outlet: null,
    });
  });
});

describe('named weather patterns are no people', () => {
  test('"El Niño" and "La Nina"', () => {
    expect(people('A strong El Niño is expected by June, though La Nina may return later, Maribel Ocampo said.')).toEqual(['Maribel Ocampo']);
  });
});

describe('an operator\'s "Lines" is a firm', () => {
  test('a cruise line and an operator without a known given name', () => {
    expect(people('Halden Cruise Lines said it had cancelled the sailing.')).toEqual([]);
    expect(people('The operator, Karang Jaya Lines, said the ferry was insured.')).toEqual([]);
  });

  test('near miss: a given name and "Lines" alone is a person', () => {
    expect(people('"It was fine," said Andy Lines, the editor.')).toEqual(['Andy Lines']);
  });
});
