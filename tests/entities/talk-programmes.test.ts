import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 't' }).entities;
  return { films: e.films.map((f) => f.title), outlets: e.outlets.map((o) => [o.name, o.mentions.map((m) => [m.start, m.end])]) };
};

describe('talk programmes: a show whose host and guests talk on it is an outlet, not a film', () => {
  test('"after a short monologue on “The Night Desk” … her first guest": an outlet at every mention, headline too', () => {
    const text = '\'The Night Desk\' recap: Ravi Kell\'s goat story wins the night\n\nAfter a short monologue on "The Night Desk" on Friday, Mara Quinn handed the couch to her first guest, Ravi Kell, who took over the show. "I was not ready," Kell said.';
    expect(entities(text)).toEqual({ films: [], outlets: [['The Night Desk', [[1, 15], [91, 105]]]] });
  });

  test('negative: a film named as one stays a film beside talk-show words ("a late-night monologue about the set of her film “Salt Harbour”")', () => {
    const text = 'In a late-night monologue, Mara Quinn joked about the set of her film "Salt Harbour," which opens Friday.';
    expect(entities(text)).toEqual({ films: ['Salt Harbour'], outlets: [] });
  });

  test('negative: an episode of a drama with no talk-show words stays a film ("the finale of “Harbour Lane”")', () => {
    const text = 'Critics praised the finale of the drama "Harbour Lane," in which Mara Quinn returns.';
    expect(entities(text)).toEqual({ films: ['Harbour Lane'], outlets: [] });
  });

  test('negative: "the cast of “…”" beside a talk word names a film, not the programme', () => {
    const text = 'The talk show host Mara Quinn praised the cast of "Tin Lantern," which opens Friday.';
    expect(entities(text)).toEqual({ films: ['Tin Lantern'], outlets: [] });
  });

  test('negative: "the chorus of “…”" in a monologue is a song, not an outlet', () => {
    const text = 'In her monologue, Mara Quinn mocked the chorus of "Paper Moonlight" and the film "Tin Lantern".';
    expect(entities(text).outlets).toEqual([]);
  });

  test('a guest "on “…”" in a sentence with a talk word is still the programme (the near miss of the two above)', () => {
    const text = 'Ravi Kell was the first guest on "The Night Desk" on Friday. "I was not ready," Kell said.';
    expect(entities(text)).toEqual({ films: [], outlets: [['The Night Desk', [[34, 48]]]] });
  });

  test('"the taping of “…”" with a guest names the programme like "episode of" (cues.json episode_nouns)', () => {
    const text = 'Ravi Kell was the first guest at Friday\'s taping of "The Night Desk". "I was not ready," Kell said.';
    expect(entities(text)).toEqual({ films: [], outlets: [['The Night Desk', [[53, 67]]]] });
  });

  test('negative: "the screening of “…”" beside a guest is no episode noun, so the title names no programme', () => {
    const text = 'Ravi Kell was the first guest at Friday\'s screening of "The Night Desk". "I was not ready," Kell said.';
    expect(entities(text).outlets).toEqual([]);
  });

  test('"on the show “…”" still counts, though "show" is a film word elsewhere (work-words.json names_a_programme)', () => {
    const text = 'Ravi Kell, the first guest on the show "The Night Desk", told the story.';
    expect(entities(text).outlets.map(([name]) => name)).toEqual(['The Night Desk']);
  });
});
