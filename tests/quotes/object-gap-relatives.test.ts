import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a that-clause whose verb lacks its object is a relative clause, no report', () => {
  test('"confirmed a merger that Reuters had reported on Friday": no quote', () => {
    expect(quotesOf('The bank confirmed a merger that Reuters had reported on Friday.')).toEqual([]);
  });

  test('a report noun after an object cue keeps its relative clause: the whole noun phrase is the object', () => {
    const text = 'The minister rejected an allegation that the Herald printed last month.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['an allegation that the Herald printed last month']);
  });

  test('near miss: the verb has its object, so the clause is reported', () => {
    const text = 'The bank confirmed that Reuters had reported the merger.';
    const q = quote(text, 'Reuters');
    expect(q).toMatchObject({ type: 'indirect', text: 'Reuters had reported the merger', speaker_mention: 'The bank', cue: 'confirmed', outlet: null });
    expect(q.start).toBe(at(text, 'Reuters'));
  });

  test('near miss: a passive verb needs no object, the claim keeps its content', () => {
    const text = 'The minister rejected the allegation that the contract had been rigged.';
    const q = quote(text, 'the allegation');
    expect(q).toMatchObject({ type: 'indirect', text: 'the allegation that the contract had been rigged', speaker_mention: 'The minister', cue: 'rejected', outlet: null });
    expect(q.start).toBe(at(text, 'the allegation'));
  });

  test('near miss: a verb used without an object ("won") leaves the report alone', () => {
    const text = 'The coach said that the club had won on Sunday.';
    expect(quote(text, 'the club')).toMatchObject({ type: 'indirect', text: 'the club had won on Sunday', speaker_mention: 'The coach', cue: 'said' });
  });

  test('"said A, confirming a delay that X had reported": the participle is a next act, the report ends before it', () => {
    const text = 'The studio said the sequel would slip to May, confirming a delay that Variety had reported last month.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ type: 'indirect', text: 'the sequel would slip to May', speaker_mention: 'The studio', cue: 'said', outlet: null, start: at(text, 'the sequel'), end: at(text, ', confirming') });
  });

  test('near miss: a verb also used without an object ("leaked") keeps the clause after a noun a report', () => {
    const text = 'The tenant told the landlord many times that the ceiling leaked.';
    expect(quote(text, 'the ceiling')).toMatchObject({ type: 'indirect', text: 'the ceiling leaked', speaker_mention: 'The tenant', cue: 'told', outlet: null, start: at(text, 'the ceiling') });
  });

  test('inside a clause said, with its own subject and verb before "that", the relative clause is part of the report', () => {
    const text = 'The mayor said the budget funds the bridges that the state approved in March.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ type: 'indirect', text: 'the budget funds the bridges that the state approved in March', speaker_mention: 'The mayor', cue: 'said', outlet: null });
    expect(qs[0]!.start).toBe(at(text, 'the budget'));
    expect(qs[0]!.cue_start).toBe(at(text, 'said'));
  });

  test('likewise after a plural subject and a verb read as a noun: "the plan repeats the errors that …"', () => {
    const text = 'Analysts said the plan repeats the errors that the ministry made last year.';
    expect(quote(text, 'the plan')).toMatchObject({ type: 'indirect', text: 'the plan repeats the errors that the ministry made last year', speaker_mention: 'Analysts', cue: 'said', outlet: null, start: at(text, 'the plan') });
  });

  test('near miss: the cue\'s own object with "of" in it still takes the relative clause, no report', () => {
    expect(quotesOf('The bank confirmed a version of the deal that Reuters had reported on Friday.')).toEqual([]);
  });
});

// "…, a claim the council dismissed as “…”": a relative clause without "that" after its head noun; the clause's own
// subject, from the article on, spoke.
describe('the subject of a relative clause without "that" is the speaker, not its head noun', () => {
  test('"a claim the council dismissed as “false.”" → the council', () => {
    const text = 'The mayor had approved the contract, a claim the council dismissed as “false.”';
    expect(quote(text, 'false')).toMatchObject({
      type: 'partial', text: 'false.', start: at(text, 'false'), speaker: 'the council', speaker_mention: 'the council', speaker_start: at(text, 'the council'),
      speaker_end: at(text, ' dismissed'), speaker_kind: 'organization', cue: 'dismissed', outlet: null,
    });
  });

  test('"at the time" after the clause\'s subject places the act; it is no part of the mention', () => {
    const text = 'The mayor had approved the contract, a claim the council at the time dismissed as “false.”';
    expect(quote(text, 'false')).toMatchObject({ speaker: 'the council', speaker_mention: 'the council', speaker_start: at(text, 'the council'), speaker_end: at(text, ' at the time'), cue: 'dismissed' });
  });

  test('near miss: "Half the council" is one phrase, an amount and its noun', () => {
    const text = 'Half the council dismissed the plan as “reckless.”';
    expect(quote(text, 'reckless')).toMatchObject({ speaker_mention: 'Half the council', speaker_start: 0, cue: 'dismissed' });
  });
});
