import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => {
  const r = extractArticle(text, { id: 'p' });
  const e = r.entities;
  return {
    quotes: r.quotes.map((q) => q.text),
    people: e.people.map((p) => p.name),
    characters: e.characters.map((c) => [c.name, c.actor]),
    films: e.films.map((f) => [f.title, f.kind]),
  };
};

describe('a part won a prize for, in a quoted title', () => {
  test('"won best actress for her turn as the matriarch X in “T.”": no quotation, T a film, X a part of the winner', () => {
    const text = 'Its lead, Corinne Vale, won best actress for her turn as the widowed innkeeper Hesper Lund in "The Salt Ledger."';
    expect(run(text)).toEqual({
      quotes: [],
      people: ['Corinne Vale'],
      characters: [['Hesper Lund', 'Corinne Vale']],
      films: [['The Salt Ledger', 'film']],
    });
  });

  test('"took best performance for voicing the knight X in “T.”": the voice actor plays X in the film T', () => {
    const text = 'Tobias Wren took best performance for voicing the runaway prince Caldo Mire in "Lantern Hollow." Wren said he was stunned.';
    const r = run(text);
    const q = extractArticle(text, { id: 'p' }).quotes.map((x) => [x.text, x.type, x.speaker, x.cue, x.outlet, x.start, x.end]);
    expect(q).toEqual([['he was stunned', 'indirect', 'Tobias Wren', 'said', null, text.indexOf('he was stunned'), text.indexOf('he was stunned') + 14]]);
    expect(r.quotes).toEqual(['he was stunned']);
    expect(r.characters).toEqual([['Caldo Mire', 'Tobias Wren']]);
    expect(r.films).toEqual([['Lantern Hollow', 'film']]);
  });

  test('"X, the daughter played by Y, …": a relative named before "played by" is a part', () => {
    const text = 'Viewers still debate the fate of Ilse, the daughter played by Greta Holm, in the film\'s final scene.';
    expect(run(text).characters).toEqual([['Ilse', 'Greta Holm']]);
  });

  test('negative: a prize for a role with no part named ("won best actor for his role in “T.”") links no part', () => {
    const text = 'Tobias Wren won best actor for his role in "Lantern Hollow."';
    expect(run(text)).toEqual({ quotes: [], people: ['Tobias Wren'], characters: [], films: [['Lantern Hollow', 'film']] });
  });

  test('negative: a person described by a noun that is no relative or part before "played by" is no part', () => {
    const text = 'The crowd sang along to Anthem, the song played by Marta Kell at every show.';
    expect(run(text).characters).toEqual([]);
  });
});
