import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 't' }).entities;
  return { films: e.films.map((f) => f.title), outlets: e.outlets.map((o) => [o.name, o.mentions.map((m) => [m.start, m.end])]) };
};

describe('talk programmes: a show whose host and guests talk on it is an outlet, not a film', () => {
  test('"her monologue on Friday\'s episode of “The Night Desk” when her first guest …": an outlet at every mention, headline too', () => {
    const text = '\'The Night Desk\' recap: Ravi Kell\'s goat story wins the night\n\nMara Quinn had barely finished her monologue on Friday\'s episode of "The Night Desk" when her first guest, Ravi Kell, took over the show. "I was not ready," Kell said.';
    expect(entities(text)).toEqual({ films: [], outlets: [['The Night Desk', [[1, 15], [132, 146]]]] });
  });

  test('negative: a film named as one stays a film beside talk-show words ("a late-night monologue about the set of her film “Salt Harbour”")', () => {
    const text = 'In a late-night monologue, Mara Quinn joked about the set of her film "Salt Harbour," which opens Friday.';
    expect(entities(text)).toEqual({ films: ['Salt Harbour'], outlets: [] });
  });

  test('negative: an episode of a drama with no talk-show words stays a film ("the finale of “Harbour Lane”")', () => {
    const text = 'Critics praised the finale of the drama "Harbour Lane," in which Mara Quinn returns.';
    expect(entities(text)).toEqual({ films: ['Harbour Lane'], outlets: [] });
  });
});
