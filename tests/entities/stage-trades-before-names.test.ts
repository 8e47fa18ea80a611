import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'p' });

describe('stage trades opening a sentence are titles, not names', () => {
  test('a puppeteer before a full name: the role, and the quote after it', () => {
    const text = 'Puppeteer Nell Varga, who works the fox, spoke after the show. “The fox has his own ideas,” Varga said.';
    const r = run(text);
    expect(r.entities.people.map((p) => [p.name, p.roles, p.mentions[0]!.start, p.mentions[0]!.end])).toEqual([['Nell Varga', ['puppeteer'], 10, 20]]);
    expect(r.quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet, q.start, q.end])).toEqual([
      ['The fox has his own ideas,', 'direct', 'Nell Varga', 'said', null, 64, 90],
    ]);
  });

  test('a ventriloquist and a choreographer the same way', () => {
    expect(run('Ventriloquist Hal Okoro opened the gala.').entities.people.map((p) => p.name)).toEqual(['Hal Okoro']);
    expect(run('Choreographer Ines Baptiste rehearsed the cast.').entities.people.map((p) => p.name)).toEqual(['Ines Baptiste']);
  });

  test('near miss: a capitalised word that is no trade stays in the name', () => {
    expect(run('Marisol Hale Varga opened the gala.').entities.people.map((p) => p.name)).toEqual(['Marisol Hale Varga']);
  });
});
