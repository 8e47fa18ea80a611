import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'surname-subject' });

describe('a surname acting as a subject before a body\'s word ("Brooks told the board")', () => {
  test('the lone surname is an alias of the full name, and the quote keeps its speaker', () => {
    const text = 'One nurse, Maya Pennick, said the ward had been short-staffed for weeks. Pennick told the board that two shifts had gone uncovered.';
    const r = run(text);
    expect(r.entities.people.map((p) => [p.name, p.aliases])).toEqual([['Maya Pennick', ['Pennick']]]);
    const q = r.quotes[1]!;
    expect(q).toMatchObject({ text: 'two shifts had gone uncovered', type: 'indirect', speaker: 'Maya Pennick', cue: 'told', outlet: null });
    expect(text.slice(q.start, q.end)).toBe('two shifts had gone uncovered');
    expect(q.start).toBe(text.indexOf('two shifts'));
  });

  test('another verb before the body\'s word ("Pennick met the staff")', () => {
    const r = run('Maya Pennick said the ward was full. Pennick met the staff on Monday.');
    expect(r.entities.people.map((p) => [p.name, p.aliases])).toEqual([['Maya Pennick', ['Pennick']]]);
  });

  test('negative: a firm\'s name before its shares and board, named for no person in the article, stays no person', () => {
    const r = run('Maya Pennick said the deal was sound. Corvane shares fell and the Corvane board met on Friday.');
    expect(r.entities.people.map((p) => p.name)).toEqual(['Maya Pennick']);
  });
});
