import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'k' }).entities;

const FILM_LEAD = 'The horror film “Hollow Tide” opens in cinemas on Friday.\n\n';

describe('characters: a story figure known only by its alias', () => {
  test('"the figure known only as the Salt Widow" in a film article is a part, with its mention', () => {
    const text = FILM_LEAD + 'A fisherman returns home to hunt the figure known only as the Salt Widow.\n';
    const e = entities(text);
    const part = e.characters.find((c) => c.name === 'Salt Widow');
    expect(part).toBeDefined();
    expect(part!.actor).toBeNull();
    expect(part!.mentions[0]).toMatchObject({ start: text.indexOf('Salt Widow'), end: text.indexOf('Salt Widow') + 'Salt Widow'.length, text: 'Salt Widow' });
    expect(e.people.map((p) => p.name)).not.toContain('Salt Widow');
  });

  test('near miss: outside a screen article "known only as" names no part', () => {
    const text = 'Police are looking for a burglar known only as the Night Owl, who has struck six homes in Leeds.\n';
    expect(entities(text).characters).toEqual([]);
  });
});
