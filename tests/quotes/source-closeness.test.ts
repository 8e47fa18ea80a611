import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// data/source-closeness.json: how an unnamed source knows the matter belongs to its description.
describe('"according to a person involved with X, CLAUSE": the source\'s complement is no part of the report', () => {
  test('"involved with" and "briefed on" after a person noun run on to the source\'s comma', () => {
    const text = 'According to a person involved with the sale, Marlow Pictures paid $4 million for the rights.';
    expect(quote(text, 'Marlow Pictures')).toMatchObject({
      type: 'indirect', text: 'Marlow Pictures paid $4 million for the rights', start: at(text, 'Marlow Pictures'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'a person involved with the sale', speaker_start: at(text, 'a person'), cue: 'According to', outlet: null,
    });
    const briefed = 'According to two officials briefed on the plan, the depot will close in June.';
    expect(quote(briefed, 'the depot')).toMatchObject({ type: 'indirect', text: 'the depot will close in June', speaker_mention: 'two officials briefed on the plan', cue: 'According to' });
  });

  test('negative: with no complement, "a person involved" ends at its comma', () => {
    const text = 'According to a person involved, the depot will close in June.';
    expect(quote(text, 'the depot')).toMatchObject({ type: 'indirect', text: 'the depot will close in June', start: at(text, 'the depot'), speaker_mention: 'a person involved', cue: 'According to' });
  });
});
