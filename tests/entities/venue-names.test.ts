import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'test' }).entities.people.map((p) => p.name);

describe('a name opening with an article word that the article calls a venue is no person, at any mention', () => {
  test('a headline\'s "Riverside cinema Le Phare to close" gives no person', () => {
    expect(people('Riverside cinema Le Phare to close after 50 years\n\nThe cinema will show its last film in May, its owner said.')).toEqual([]);
  });

  test('"Le Phare will close …" then "the cinema Le Phare": no person at either mention', () => {
    expect(people('Le Phare will close on Friday. The owner of the cinema Le Phare said it had lost money.')).toEqual([]);
  });

  test('"Le Phare, one of the last cinemas in town," makes the earlier bare mention the venue\'s too', () => {
    expect(people('Le Phare will close on Friday. Its owner said Le Phare, one of the last cinemas in town, had lost money.')).toEqual([]);
  });

  test('a hyphened name and "The": "the bar Le Petit-Quai", "the pub The Lantern"', () => {
    expect(people('The bar Le Petit-Quai will close. Le Petit-Quai opened in 1990.')).toEqual([]);
    expect(people('The pub The Lantern will close in June.')).toEqual([]);
  });

  test('negative: a person whose surname opens with "Le" stays a person, even beside a cinema', () => {
    expect(people('Marine Le Pen will speak on Friday.')).toEqual(['Marine Le Pen']);
    expect(people('Le Pen spoke at the cinema. Le Pen said it was full.')).toEqual(['Le Pen']);
  });

  test('negative: a venue\'s word after a comma calls no name ("the cinema, Le Roux said")', () => {
    expect(people('They met at the cinema. Sandrine Le Roux said it was full.')).toEqual(['Sandrine Le Roux']);
  });
});

describe('a palace or a hall where something took place is a venue, no person', () => {
  test('"at Victoria Palace", "at Caroline Hall": the venue is no person; the player is', () => {
    expect(people('Dunne won the snooker final at Victoria Palace in 2019. Dunne said he had slept badly.')).toEqual(['Dunne']);
    expect(people('Dunne won the snooker final at Caroline Hall in 2019. Dunne said he had slept badly.')).toEqual(['Dunne']);
  });

  test('near miss: a person surnamed Hall met or speaking stays a person', () => {
    expect(people('The coach met Caroline Hall in 2019. Hall said she had slept badly.')).toEqual(['Caroline Hall']);
  });
});
