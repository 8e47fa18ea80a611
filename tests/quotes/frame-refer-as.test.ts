import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "refer" is a weak cue (cues.json): like "described the council as “…”", the words it gives a thing
// inside its own clause are its subject's.
describe('"referred to X as “…”" quotes its subject', () => {
  test('"Osgood referred to the council as “a circus.”": Osgood\'s partial quote, cue "referred"', () => {
    const text = 'Osgood referred to the council as “a circus.”';
    expect(quote(text, 'a circus')).toMatchObject({
      type: 'partial', text: 'a circus.', start: at(text, 'a circus'), speaker: 'Osgood', speaker_mention: 'Osgood', speaker_start: 0, cue: 'referred', cue_start: at(text, 'referred'),
    });
  });

  test('a present-tense "refers" with an adverb before it', () => {
    const text = 'Councillor Bram Osgood often refers to the ring road as “a very expensive car park.”';
    expect(quote(text, 'a very expensive')).toMatchObject({
      type: 'partial', text: 'a very expensive car park.', speaker: 'Bram Osgood', speaker_mention: 'Bram Osgood', cue: 'refers', cue_start: at(text, 'refers'),
    });
  });

  test('negative: the quoted name of a thing referred to is no quotation', () => {
    const text = 'Osgood referred questions to the “Harbour Plan” office.';
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('"referred to her “…”": words quoted in the object of "to" are the subject\'s', () => {
    const text = 'Osgood later referred to her “secret ledger.”';
    expect(quote(text, 'secret ledger')).toMatchObject({ type: 'partial', text: 'secret ledger.', speaker: 'Osgood', cue: 'referred', cue_start: at(text, 'referred') });
  });

  test('negative: "referred to a statement, which said …" and "referred reporters to a statement that called …" give "refer" no quotation', () => {
    const which = 'Osgood referred to the statement, which said the firm was “in good health.”';
    expect(quotesOf(which).filter((q) => q.cue === 'referred')).toEqual([]);
    const that = 'Mayor Bram Osgood referred reporters to a statement that called the plan “dead on arrival.”';
    expect(quotesOf(that).filter((q) => q.cue === 'referred')).toEqual([]);
  });
});
