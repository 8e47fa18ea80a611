import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// A quoted fragment inside the first report must not hide a second report conceded after it:
// "…, though she said …" has a subject and cue of its own, as "…, but she said …" does.
describe('a second report after ", though SUBJECT said" past a quoted fragment', () => {
  test('"wrote that … “…,” though she said B" gives the partial and the indirect B', () => {
    const text = 'Mara Quill wrote that sequels "rarely earn their budgets," though she said the cast was superb.';
    const partial = quote(text, 'rarely');
    expect(partial).toMatchObject({ text: 'rarely earn their budgets,', type: 'partial', speaker: 'Mara Quill', cue: 'wrote', outlet: null });
    const q = quote(text, 'the cast');
    expect(q).toMatchObject({ text: 'the cast was superb', type: 'indirect', speaker: 'Mara Quill', speaker_mention: 'she', cue: 'said', outlet: null });
    expect(q.start).toBe(at(text, 'the cast'));
    expect(q.end).toBe(at(text, '.'));
    expect(quotesOf(text)).toHaveLength(2);
  });

  test('"although" opens the second report the same way', () => {
    const text = 'Mara Quill wrote that sequels "rarely earn their budgets," although she said the cast was superb.';
    expect(quote(text, 'the cast')).toMatchObject({ text: 'the cast was superb', type: 'indirect', speaker: 'Mara Quill', cue: 'said' });
  });

  test('near miss: a concession without a cue of its own reports nothing more', () => {
    const text = 'Mara Quill wrote that sequels "rarely earn their budgets," though the cast was superb.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'rarely earn their budgets,', type: 'partial', speaker: 'Mara Quill', cue: 'wrote' });
  });
});
