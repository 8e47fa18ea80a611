import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// "A, a move her agent described as “…”": a naming cue with its "as" complement holds what was said after "as";
// it does not close the clause before it as a frame would ("A, her agent said").
describe('a naming cue with "as" after a clause is no closing frame', () => {
  test('"CLAUSE, a move her agent described as “…”": only the partial', () => {
    const text = 'When the studio refused, she pulled the script, a step her lawyer described as “the only option left.”';
    const found = quotesOf(text);
    expect(found.map((q) => q.text)).toEqual(['the only option left.']);
    expect(found[0]).toMatchObject({ type: 'partial', speaker_mention: 'her lawyer', speaker_start: at(text, 'her lawyer'), cue: 'described' });
  });

  test('near miss: "CLAUSE, her lawyer said." still closes the clause', () => {
    const text = 'When the studio refused, she pulled the script, her lawyer said.';
    const q = quote(text, 'When the studio');
    expect(q).toMatchObject({ type: 'indirect', text: 'When the studio refused, she pulled the script', start: 0, speaker_mention: 'her lawyer', cue: 'said' });
  });
});

describe('a refusal right before a comma takes no object', () => {
  test('"When they refused, she left": no report of the refusers', () => {
    expect(quotesOf('When the owners refused, the tenants moved out.')).toEqual([]);
  });

  test('near miss: "refused to VERB" after an aside keeps its object', () => {
    const text = 'The mayor refused, for the third time, to release the audit.';
    expect(quote(text, 'to release')).toMatchObject({ type: 'indirect', text: 'to release the audit', speaker_mention: 'The mayor', cue: 'refused' });
  });
});

describe('a refusal with its reason after the comma', () => {
  test('near miss: "it declined, citing X" keeps the cited reason as before', () => {
    const text = 'When the author asked the publisher to reprint the book, it declined, citing the cost of a new edition.';
    expect(quotesOf(text).some((q) => q.cue === 'declined' && q.text.includes('citing the cost of a new edition'))).toBe(true);
  });
});
