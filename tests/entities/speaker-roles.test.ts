// A named speaker's role that the quote stage reads from an apposition around the cue is the person's role too.
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 't' });

describe('roles of people from the quotes they speak', () => {
  test('an apposition after an inverted cue gives the speaker\'s role', () => {
    const text = '“Sequels are safe bets,” said Marisol Quint, a film-finance analyst at Brightwater Capital.';
    const r = run(text);
    expect(r.quotes[0]).toMatchObject({ speaker: 'Marisol Quint', speaker_role: 'film-finance analyst' });
    expect(r.entities.people).toEqual([expect.objectContaining({
      name: 'Marisol Quint', roles: ['film-finance analyst'],
      mentions: [{ start: text.indexOf('Marisol'), end: text.indexOf('Marisol') + 'Marisol Quint'.length, text: 'Marisol Quint' }],
    })]);
  });

  test('a role before the name is kept once, not twice', () => {
    const r = run('Producer Tobias Wren said the shoot would move to Malta.');
    expect(r.entities.people.map((p) => [p.name, p.roles])).toEqual([['Tobias Wren', ['producer']]]);
  });

  test('near miss: a person named in the quote\'s apposition, not speaking, gets no role', () => {
    const r = run('“Sequels are safe bets,” said Marisol Quint, a friend of Tobias Wren.');
    const wren = r.entities.people.find((p) => p.name === 'Tobias Wren');
    expect(wren?.roles ?? []).toEqual([]);
  });
});
