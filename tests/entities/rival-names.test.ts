import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('people: a rival of a person needs a given name, not an English word', () => {
  test('"edged Blue Moon", "led Silver Moon to victory": horses, no people', () => {
    expect(people('Jockey Tom Hart edged Blue Moon at the line to win the Derby.')).toEqual(['Tom Hart']);
    expect(people('Ana Ruiz led Silver Moon to victory in the Oaks.')).toEqual(['Ana Ruiz']);
  });

  test('"trails Olympic Park in the rankings": a place, no person', () => {
    expect(people('Kim Soo-jin trails Olympic Park in the rankings of tourist sites.')).toEqual(['Kim Soo-jin']);
  });

  test('a foreign given name before a family name stays a rival ("leads Haneul Park", "Haneul Park beat")', () => {
    expect(people('Lee Min-ho leads Haneul Park by two strokes after the second round.')).toEqual(['Lee Min-ho', 'Haneul Park']);
    expect(people('Haneul Park beat Ana Ruiz in the semi-final.')).toEqual(['Haneul Park', 'Ana Ruiz']);
  });
});
