import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'p' }).entities.people.map((p) => ({ name: p.name, roles: p.roles }));

// "The band’s singer, Mara Quill, posted …": a role noun with its owner set off before the name is the person's role.
describe('people: a role in apposition before the name', () => {
  test('"The band’s singer, Mara Quill, posted a video." → Mara Quill, roles ["singer"]', () => {
    const text = 'The band’s singer, Mara Quill, posted a video. “We are so sorry,” Quill said.';
    expect(people(text)).toEqual([{ name: 'Mara Quill', roles: ['singer'] }]);
  });

  test('two role words: "The club’s chief executive, Tom Fenwick, …" → ["chief executive"]', () => {
    const text = 'The club’s chief executive, Tom Fenwick, posted a letter. “We will rebuild,” Fenwick said.';
    expect(people(text)).toEqual([{ name: 'Tom Fenwick', roles: ['chief executive'] }]);
  });

  test('near miss: a phrase before the comma that is no role gives none ("In the meantime, Mara Quill …")', () => {
    const text = 'In the meantime, Mara Quill posted a video. “We are so sorry,” Quill said.';
    expect(people(text)).toEqual([{ name: 'Mara Quill', roles: [] }]);
  });
});
