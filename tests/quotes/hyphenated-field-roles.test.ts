import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { rolePhrase } from '../../src/quotes/role-phrase.js';

const quotes = (text: string) =>
  extractArticle(text, { id: 'a' }).quotes.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker, cue: q.cue, outlet: q.outlet ?? null, role: q.speaker_role, start: q.start, end: q.end }));

describe('quotes: a field written as one hyphenated word before the role word is part of the role', () => {
  test('"said NAME, a box-office analyst at FIRM"', () => {
    const text = '“Sequels sell tickets,” said Tomas Rendell, a box-office analyst at Marquee Data.\n';
    expect(quotes(text)).toEqual([{ text: 'Sequels sell tickets,', type: 'direct', speaker: 'Tomas Rendell', cue: 'said', outlet: null, role: 'box-office analyst', start: 1, end: 22 }]);
  });

  test('near miss: a describing compound is no field', () => {
    const text = '“Sequels sell tickets,” said Tomas Rendell, a well-known analyst at Marquee Data.\n';
    expect(quotes(text).map((q) => q.role)).toEqual(['analyst']);
    expect(rolePhrase(['a', 'part-time', 'analyst'])).toBe('analyst');
    expect(rolePhrase(['a', 'health-care', 'analyst'])).toBe('health-care analyst');
  });
});
