import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('people: the one word after "which runs" names a thing a body keeps going', () => {
  test('a game a lottery body runs is no person', () => {
    expect(people('The Harbour Gaming Group, which runs Luckzo, said the jackpot would grow.')).toEqual([]);
  });

  test('near miss: a person the body hired stays a person', () => {
    expect(people('The Harbour Gaming Group, which hired Dana Quill, said the jackpot would grow.')).toEqual(['Dana Quill']);
  });
});
