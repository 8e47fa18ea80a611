import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

describe('characters: "plays the Warden\'s son, Pip" — a part named by its title owns a relative who is a part', () => {
  test('the relative\'s one-word name is a part of the actor, no person', () => {
    const text = 'The play stars Ines Corrie as the Abbess, who hides a fugitive. Dario Fell plays the Abbess\'s nephew, Wim.\n';
    const r = extractArticle(text, { id: 'a' });
    const wim = r.entities.characters.find((c) => c.name === 'Wim');
    expect(wim?.actor).toBe('Dario Fell');
    expect(wim?.mentions[0]).toEqual({ start: text.indexOf('Wim'), end: text.indexOf('Wim') + 3, text: 'Wim' });
    expect(r.entities.people.map((p) => p.name)).not.toContain('Wim');
  });

  test('near miss: a thing owned by a titled body, with no relative or part noun, names no part', () => {
    const r = extractArticle('Dario Fell plays the Abbey\'s organ, Ines Corrie said.\n', { id: 'a' });
    expect(r.entities.characters).toEqual([]);
  });
});
