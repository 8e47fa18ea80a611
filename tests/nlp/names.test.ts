import { describe, expect, test } from 'vitest';
import { PersonRegistry, familyFirstNameEnd, genderOfFirstName, isHonorific, isHonorificOrAddressTitle } from '../../src/nlp/names.js';

describe('PersonRegistry', () => {
  test('a surname alone is the first person named with it, not a relative named later in full', () => {
    const registry = new PersonRegistry();
    const carla = registry.add('Carla Fenwick');
    registry.add('Frank Fenwick');
    expect(registry.add('Fenwick')).toBe(carla);
    expect(registry.people.map((p) => p.name)).toEqual(['Carla Fenwick', 'Frank Fenwick']);
  });

  test('a surname with a gendered title ("Mr. Fenwick") is the relative of that gender; without one, or with one of no gender, the first named', () => {
    const registry = new PersonRegistry();
    const carla = registry.add('Carla Fenwick');
    const frank = registry.add('Frank Fenwick');
    expect(registry.add('Fenwick', 'Mr.')).toBe(frank);
    expect(registry.add('Fenwick', 'Mrs.')).toBe(carla);
    expect(registry.add('Fenwick', 'Dr.')).toBe(carla);
    expect(registry.add('Fenwick')).toBe(carla);
    expect(registry.people).toHaveLength(2);
  });

  test('a gendered title with no relative of that gender is someone else, not the person of the other gender', () => {
    const registry = new PersonRegistry();
    const frank = registry.add('Frank Fenwick');
    expect(registry.add('Fenwick', 'Mrs.')).not.toBe(frank);
    expect(registry.add('Fenwick', 'Mr.')).toBe(frank);
  });

  test('a fuller form of a name replaces the shorter one, and a given name sets the gender', () => {
    const registry = new PersonRegistry();
    const person = registry.add('Okafor');
    expect(registry.add('Maria Okafor')).toBe(person);
    expect(person).toMatchObject({ name: 'Maria Okafor', gender: 'female' });
  });

  test('finds a person by any of the ways a mention can match, in any case, and a person whose name grew', () => {
    const registry = new PersonRegistry();
    const teodora = registry.add('Teodora Vance Hollis');
    const lena = registry.add('Okonkwo');
    registry.add('Lena Okonkwo');
    // A double surname alone, a surname in capitals, a full name written with extra words before it.
    expect(registry.find(['Vance'])).toBe(teodora);
    expect(registry.find(['HOLLIS'])).toBe(teodora);
    expect(registry.find(['Harbourmaster', 'Lena', 'Okonkwo'])).toBe(lena);
    // The first name alone, unless only surnames are asked for; the name's older form still finds it.
    expect(registry.find(['Lena'])).toBe(lena);
    expect(registry.find(['Lena'], true)).toBeUndefined();
    expect(registry.find(['okonkwo'])).toBe(lena);
    // A mention whose word holds a space is filed under no word, so it is compared with everyone; an unknown word finds no one.
    expect(registry.find(['Teodora Vance Hollis'])).toBe(teodora);
    expect(registry.find(['Quayle'])).toBeUndefined();
  });

  test('two given names alone are the person whose name opens with them ("Ana Lucía" for "Ana Lucía Gómez Ortega")', () => {
    const registry = new PersonRegistry();
    const ana = registry.add('Ana Lucía Gómez Ortega');
    expect(registry.find(['Ana', 'Lucía'])).toBe(ana);
    expect(registry.find(['Gómez'])).toBe(ana);
    expect(registry.find(['Ana', 'Ortega'])).toBeUndefined();
  });
});

describe('genderOfFirstName', () => {
  test('knows common given names and says unknown otherwise', () => {
    expect(genderOfFirstName('Maria')).toBe('female');
    expect(genderOfFirstName('John')).toBe('male');
    expect(genderOfFirstName('Zzyx')).toBe('unknown');
  });

  test('knows accented Spanish and Portuguese given names and Vietnamese ones ("María", "Raúl", "João", "Linh"); names given to both sexes ("Anh", "Thanh") have no gender', () => {
    expect(['María', 'Sofía', 'Linh'].map(genderOfFirstName)).toEqual(['female', 'female', 'female']);
    expect(['Anh', 'Thanh'].map(genderOfFirstName)).toEqual(['unknown', 'unknown']);
    expect(['Raúl', 'João', 'Joaquín'].map(genderOfFirstName)).toEqual(['male', 'male', 'male']);
  });

  test('French "Etienne" is a man\'s name, with or without its accent', () => {
    expect(['Etienne', 'Étienne'].map(genderOfFirstName)).toEqual(['male', 'male']);
  });
});

describe('isHonorific', () => {
  test('forms of address are honorifics, roles and titles of office are not', () => {
    expect(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame'].every(isHonorific)).toBe(true);
    expect(['lord', 'senator', 'captain', 'mr.', 'Mr'].some(isHonorific)).toBe(false);
  });

  test('forms of address in other languages are honorifics too ("Herr", "Señora", "Mademoiselle")', () => {
    expect(['herr', 'frau', 'señor', 'señora', 'mademoiselle', 'mme'].every(isHonorific)).toBe(true);
  });

  test('academic and peerage titles go with the honorifics before a name, but are no honorific to the quote stage', () => {
    expect(['mr', 'herr', 'dr', 'prof', 'lord', 'lady'].every(isHonorificOrAddressTitle)).toBe(true);
    expect(['dr', 'prof', 'lord', 'lady'].some(isHonorific)).toBe(false);
    expect(['senator', 'captain', 'king', 'Dr'].some(isHonorificOrAddressTitle)).toBe(false);
  });
});

describe('given names', () => {
  test('given names that are also ordinary words, which the tagger lexicon keeps without a gender, are curated with one', () => {
    expect(['Alma', 'Ruby', 'Gail'].map(genderOfFirstName)).toEqual(['female', 'female', 'female']);
    expect(['Gene', 'Bo', 'Sonny', 'Alfredo'].map(genderOfFirstName)).toEqual(['male', 'male', 'male', 'male']);
  });

  test('negative: ordinary words, surnames and unisex names the lexicon also tags as names stay unknown', () => {
    expect(['Summer', 'Dawn', 'Banks', 'Casey', 'April'].map(genderOfFirstName)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    // (Names that are mostly a thing's word — a fruit, a flower, a brand's first word — are left out too: "Olive Garden", "Violet Hill".)
    expect(['Olive', 'Violet', 'Fern', 'Melody'].map(genderOfFirstName)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });
});

describe('family-name-first names ("Han Ji-woo")', () => {
  const tokens = (words: [string, number][]) => words.map(([text, start]) => ({ text, start, end: start + text.length }) as never);
  test('a listed family name, a capitalised syllable, a hyphen and a small-letter syllable, touching', () => {
    // "Han Ji-woo said"
    expect(familyFirstNameEnd(tokens([['Han', 0], ['Ji', 4], ['-', 6], ['woo', 7], ['said', 11]]), 0)).toBe(4);
    // "Vance Ji-woo": no listed family name first.
    expect(familyFirstNameEnd(tokens([['Vance', 0], ['Ji', 6], ['-', 8], ['woo', 9]]), 0)).toBe(-1);
    // "Kim Jones said": no hyphen.
    expect(familyFirstNameEnd(tokens([['Kim', 0], ['Jones', 4], ['said', 10]]), 0)).toBe(-1);
    // "Park Avenue-style": a long capitalised word is no syllable.
    expect(familyFirstNameEnd(tokens([['Park', 0], ['Avenue', 5], ['-', 11], ['style', 12]]), 0)).toBe(-1);
  });
  test('the family name alone is the person, and tells no gender', () => {
    const registry = new PersonRegistry();
    const han = registry.add('Han Ji-woo');
    expect(registry.add('Han')).toBe(han);
    expect(han.gender).toBe('unknown');
    expect(registry.add('Kim Tae-sung').gender).toBe('unknown');
  });
});
