import { describe, expect, test } from 'vitest';
import { PersonRegistry, genderOfFirstName } from '../../src/nlp/names.js';

describe('PersonRegistry', () => {
  test('a surname alone is the first person named with it, not a relative named later in full', () => {
    const registry = new PersonRegistry();
    const carla = registry.add('Carla Fenwick');
    registry.add('Frank Fenwick');
    expect(registry.add('Fenwick')).toBe(carla);
    expect(registry.people.map((p) => p.name)).toEqual(['Carla Fenwick', 'Frank Fenwick']);
  });

  test('a fuller form of a name replaces the shorter one, and a given name sets the gender', () => {
    const registry = new PersonRegistry();
    const person = registry.add('Okafor');
    expect(registry.add('Maria Okafor')).toBe(person);
    expect(person).toMatchObject({ name: 'Maria Okafor', gender: 'female' });
  });
});

describe('genderOfFirstName', () => {
  test('knows common given names and says unknown otherwise', () => {
    expect(genderOfFirstName('Maria')).toBe('female');
    expect(genderOfFirstName('John')).toBe('male');
    expect(genderOfFirstName('Zzyx')).toBe('unknown');
  });
});
