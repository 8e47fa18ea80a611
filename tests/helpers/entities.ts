import { extractArticle } from '../../src/pipeline/process.js';

/** An article's entities as a person reads them: names, and films as "Title:kind". */
export function entityNames(text: string): { people: string[]; films: string[]; outlets: string[]; characters: string[] } {
  const e = extractArticle(text, { id: 'test' }).entities;
  return {
    people: e.people.map((p) => p.name),
    films: e.films.map((f) => `${f.title}:${f.kind}`),
    outlets: e.outlets.map((o) => o.name),
    characters: e.characters.map((c) => c.name),
  };
}
