import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { workWords, type WorkWordPlace } from '../../src/lexicon/work-words.js';

describe('work words: one list in data/work-words.json, each word with the places it counts in', () => {
  test('a word shared by several places is written once and read by each', () => {
    const data = JSON.parse(readFileSync(new URL('../../data/work-words.json', import.meta.url), 'utf8')) as { words: Record<string, string[]> };
    expect(data.words['film']).toEqual(['before_quoted_title', 'after_title_and_genre', 'film_cue', 'before_work_name', 'before_one_word_title', 'festival_context']);
    for (const place of ['before_quoted_title', 'after_title_and_genre', 'film_cue', 'before_work_name', 'before_one_word_title'] as WorkWordPlace[]) expect(workWords(place)).toContain('film');
    expect(workWords('after_film_title')).not.toContain('film');
  });

  test('kinds after a title and a genre word are films and shows only, and no word that is also a verb', () => {
    const kinds = workWords('after_title_and_genre');
    expect(kinds).toContain('drama');
    expect(kinds).toContain('saga');
    expect(workWords('before_quoted_title')).not.toContain('saga');
    for (const word of ['book', 'song', 'play', 'show', 'hit', 'feature']) expect(kinds).not.toContain(word);
  });

  test("a film's people follow its title but are no kind of work", () => {
    expect(workWords('after_film_title')).toEqual(expect.arrayContaining(['premiere', 'co-star', 'director']));
    expect(workWords('film_cue')).not.toContain('director');
    expect(workWords('before_work_name')).toEqual(expect.arrayContaining(['band', 'magazine']));
    expect(workWords('before_quoted_title')).not.toContain('band');
  });

  test('works that are no film keep the words films.ts had inline, the kinds after a title a subset of them', () => {
    // (Since: a headline named as such, "headlined “…”", a tour's name, "her “…” tour", a finale's own title and a
    // phrase or term named, "the phrase “…” was trending"; a show's hour, segment or instalment, "its fourth hour, titled “…”".)
    expect([...workWords('other_work')].sort()).toEqual(['album', 'anthem', 'autobiography', 'ballad', 'biography', 'book', 'chapter', 'dissertation', 'episode', 'essay', 'expression', 'finale', 'headline', 'headlined', 'hour', 'hymn', 'installment', 'instalment', 'memoir', 'mixtape', 'monograph', 'novel', 'paper', 'petition', 'phrase', 'podcast', 'poem', 'segment', 'single', 'song', 'study', 'term', 'thesis', 'tour', 'track']);
    expect([...workWords('other_work_after_title')].sort()).toEqual(['album', 'autobiography', 'biography', 'memoir', 'mixtape', 'novel', 'podcast', 'tour']);
    // (A part of a show follows its title as a film's does: "the “Salt Line” episode where …".)
    expect(workWords('other_work_after_title')).not.toContain('episode');
  });

  test('the words a talk programme is also called are film words, so talk-programmes.ts can leave them out of film_cue', () => {
    expect([...workWords('names_a_programme')].sort()).toEqual(['episode', 'program', 'programme', 'show']);
    for (const word of workWords('names_a_programme')) expect(workWords('film_cue')).toContain(word);
  });

  test('"musical" names a work before its title and a band\'s kind of music, but alone makes nothing a film', () => {
    // (Its places were once written under two keys, so only the last counted; a musical is most often on stage.)
    for (const place of ['before_quoted_title', 'before_work_name', 'music_genre'] as WorkWordPlace[]) expect(workWords(place)).toContain('musical');
    for (const place of ['film_cue', 'after_title_and_genre'] as WorkWordPlace[]) expect(workWords(place)).not.toContain('musical');
  });

  test("a speaker's own medium (its name in apposition, or “on her broadcast” with no outlet carried to it) is read from the file (programme-apposition.ts had it inline)", () => {
    expect([...workWords('own_medium_kind')].sort()).toEqual(['broadcast', 'channel', 'livestream', 'newsletter', 'podcast', 'program', 'programme', 'show', 'stream', 'vlog']);
  });

  test('every place a word names is one the file describes, and every place is read', () => {
    const data = JSON.parse(readFileSync(new URL('../../data/work-words.json', import.meta.url), 'utf8')) as { places: Record<string, string>; words: Record<string, string[]> };
    for (const places of Object.values(data.words)) for (const place of places) expect(Object.keys(data.places)).toContain(place);
    for (const place of Object.keys(data.places)) expect(workWords(place as WorkWordPlace).length).toBeGreaterThan(0);
  });
});
