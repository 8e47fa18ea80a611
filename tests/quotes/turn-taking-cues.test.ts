import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// A speaker who takes the turn in a conversation: "cut in", "chimed in", "broke in", "jumped in"
// (cue phrases in cues.json), spoken only next to a quotation.
describe('turn-taking cue phrases', () => {
  const text = '“The budget meeting—” Dana Pell began. “—ran four hours,” Mira Solberg cut in, “and settled nothing.”';

  test('"“—…,” NAME cut in, “…”": both halves are the new speaker\'s, and direct', () => {
    expect(quote(text, '—ran')).toMatchObject({
      type: 'direct', text: '—ran four hours,', speaker: 'Mira Solberg', speaker_start: at(text, 'Mira'), cue: 'cut in', cue_start: at(text, 'cut in'),
    });
    expect(quote(text, 'and settled')).toMatchObject({ type: 'direct', text: 'and settled nothing.', speaker: 'Mira Solberg', cue: 'cut in' });
  });

  test('"NAME broke in: “…”" and "NAME jumped in, …"', () => {
    const broke = 'Dana Pell broke in: “We never agreed to that.”';
    expect(quote(broke, 'We never')).toMatchObject({ type: 'direct', speaker: 'Dana Pell', cue: 'broke in' });
    const jumped = '“Not true,” Mira Solberg jumped in, shaking her head.';
    expect(quote(jumped, 'Not true')).toMatchObject({ type: 'direct', speaker: 'Mira Solberg', cue: 'jumped in' });
  });

  test('negative: away from a quotation the words are no cue ("the budget cut in March")', () => {
    const budget = 'The budget cut in March hurt the pier, Pell said.';
    expect(quotesOf(budget).some((q) => q.cue === 'cut in')).toBe(false);
    expect(quote(budget, 'The budget')).toMatchObject({ type: 'indirect', speaker: 'Pell', cue: 'said' });
  });
});
