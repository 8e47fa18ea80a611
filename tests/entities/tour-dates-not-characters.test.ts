import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const characters = (text: string) => extractArticle(text, { id: 'c' }).entities.characters.map((c) => c.name);

// "The band plays Glasgow on Friday": a place played is a concert date, no part (entities/characters.ts).
describe('characters: a place after "play" is a tour date, no part', () => {
  test('"The band plays Glasgow on Friday." and "are due to play Dublin on Tuesday" name no character', () => {
    expect(characters('The band plays Glasgow on Friday.')).toEqual([]);
    expect(characters('The Harbour Lights are due to play Dublin on Tuesday.')).toEqual([]);
  });

  test('near miss: a place\'s name played with no date is a part ("plays Kenya, a pilot")', () => {
    expect(characters('In the drama, Ana Ruiz plays Kenya, a pilot.')).toEqual(['Kenya']);
  });

  test('near miss: a name that is no place is still a part', () => {
    expect(characters('Ana Ruiz plays Nora Pell in the new drama.')).toEqual(['Nora Pell']);
  });
});
