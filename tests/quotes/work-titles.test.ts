import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('a title after someone’s part in the work', () => {
  test('"their collaboration on “…”." names a work, even in a sentence with a speaker and cue', () => {
    const text = 'The Harbour Board said in a statement that it was “delighted beyond measure” to work with Mara Okafor again after their collaboration on “Salt Roads.” Filming begins in May.';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([
      { type: 'partial', text: 'delighted beyond measure', start: 51, end: 75, speaker: 'Harbour Board', cue: 'said' },
    ]);
  });

  test('title-case words not right after the part’s preposition stay quoted', () => {
    const text = 'Mara Okafor said her work on the pier was “Slow And Careful.”';
    expect(quotesOf(text).filter((q) => q.type === 'partial')).toMatchObject([
      { type: 'partial', text: 'Slow And Careful.', start: 43, end: 60, speaker: 'Mara Okafor', cue: 'said' },
    ]);
  });
});

describe('a title after the part someone plays in it', () => {
  test('"stars as PART in “…”." names the work, not words anyone said', () => {
    const text = 'Teo Brandt joins the cast this spring. Brandt has a cameo, while Lina Havel stars as the lighthouse keeper Edda Marr in “Salt Lantern.”';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"plays PART in “…”." the same', () => {
    const text = 'Lina Havel plays the lighthouse keeper Edda Marr in “Salt Lantern.”';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('a title after a genre noun names the kind of work', () => {
  const filmsOf = (text: string) => extractArticle(text, { id: 't' }).entities.films.map((f) => [f.title, f.kind]);

  test('"shot the TV thriller “…”" is a show, not the cinematographer’s words', () => {
    const text = 'The cinematographer Rui Osorio, who shot the TV thriller “Eastbound” in 2015, said the budget was tiny.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['the budget was tiny', 'indirect']]);
    expect(filmsOf(text)).toEqual([['Eastbound', 'tv']]);
  });

  test('the same with a comedy and no medium word', () => {
    const text = 'Nell Arden, who starred in the comedy “Paper Moons” last year, said she would return for a sequel.';
    expect(quotesOf(text).map((q) => q.text)).not.toContain('Paper Moons');
  });

  test('a lowercase word after the genre noun is still someone’s word (negative case)', () => {
    const text = 'Critic Omar Lisle called the thriller “relentless” in his review on Friday.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toContainEqual(['relentless', 'partial']);
  });
});

describe('a title as the subject of the clause after a colon', () => {
  test('a title opening the clause after a colon, a verb right after it, is the clause’s subject', () => {
    const text = 'The network finally confirmed it on Friday: “Harbour Nights” returns in the spring.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('a sentence of speech after a colon is still quoted (negative case)', () => {
    const text = 'Pavel Osei was blunt on Monday: “We Are Not Done Yet.” The network did not comment.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['We Are Not Done Yet.', 'direct']]);
  });
});
