import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// "said early Monday", "said late Friday": the tagger reads "early"/"late" as adjectives; the time is
// still an adverbial after a closing frame, so the clause before the frame is the content.
describe('a closing frame followed by a time led by "early"/"late"', () => {
  test('"…, the county election commission said early Tuesday." reports the clause before it, not a stance inside it', () => {
    const text = 'With most crates inspected, 40 percent of shippers backed the new fee, the county election commission said early Tuesday.';
    const q = quote(text, 'With most');
    expect(q).toMatchObject({ text: 'With most crates inspected, 40 percent of shippers backed the new fee', type: 'indirect', speaker: 'the county election commission', speaker_kind: 'organization', cue: 'said', outlet: null });
    expect(q.start).toBe(0);
    expect(q.end).toBe(at(text, ', the county'));
    expect(quotesOf(text)).toHaveLength(1);
  });

  test('"late Friday" closes a plain clause the same way', () => {
    const text = 'The ferry will resume service next week, the harbour board said late Friday.';
    const q = quote(text, 'The ferry');
    expect(q).toMatchObject({ text: 'The ferry will resume service next week', type: 'indirect', speaker: 'the harbour board', cue: 'said', outlet: null });
    expect(q.start).toBe(0);
    expect(q.end).toBe(at(text, ', the harbour'));
  });

  test('near miss: "said early results were strong" keeps "early" as the start of the reported clause', () => {
    const text = 'The harbour board said early results were strong.';
    const q = quote(text, 'early results');
    expect(q).toMatchObject({ text: 'early results were strong', type: 'indirect', speaker: 'The harbour board', cue: 'said', outlet: null });
    expect(q.start).toBe(at(text, 'early results'));
    expect(q.end).toBe(at(text, '.'));
  });
});
