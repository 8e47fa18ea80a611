import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// "X, which first reported the news, …": a relative clause on a source that only names what it had first
// reports nothing; the gold sets annotate none (own sets 7, 22, 37 and PolNeAR dev, 4 of 4).
describe('a source\'s scoop in a relative clause is no report', () => {
  test('"According to X, which first reported the closure, CLAUSE": only the According-to report', () => {
    const text = 'According to the Harbour Ledger, which first reported the closure, the ferry line owes about £2 million.';
    const found = quotesOf(text);
    expect(found.map((q) => q.text)).toEqual(['the ferry line owes about £2 million']);
    expect(found[0]).toMatchObject({ type: 'indirect', speaker: 'The Harbour Ledger', speaker_mention: 'the Harbour Ledger', cue: 'According to', outlet: 'The Harbour Ledger' });
    expect(found[0]!.start).toBe(at(text, 'the ferry line'));
    expect(found[0]!.end).toBe(at(text, '.'));
  });

  test('"X, who broke the story, said …": the said-report only', () => {
    const text = 'Mara Voss, who broke the story in March, said the council had known for months.';
    expect(quotesOf(text).map((q) => [q.text, q.cue, q.speaker])).toEqual([['the council had known for months', 'said', 'Mara Voss']]);
  });

  test('near miss: "which reported that CLAUSE" stays a report of the source', () => {
    const text = 'The figure comes from the Harbour Ledger, which reported that the ferry line had lost 40 crew.';
    const q = quote(text, 'the ferry line had lost');
    expect(q).toMatchObject({ type: 'indirect', text: 'the ferry line had lost 40 crew', speaker: 'The Harbour Ledger', speaker_mention: 'which', cue: 'reported', outlet: 'The Harbour Ledger' });
  });
});
