import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"did not say whether/if …": a yes-no question a statement left open reports nothing (find-cue.ts openPolarQuestion)', () => {
  test('"did not say whether", "didn\'t say if" give nothing', () => {
    expect(quotesOf('The harbour authority did not say whether the pier would reopen before summer.')).toEqual([]);
    expect(quotesOf("The ministry didn't say if the ferry talks would resume.")).toEqual([]);
  });

  test('near miss: "would not say when/if" stays a report of the question (PolNeAR annotates these)', () => {
    const polar = 'The campaign would not say if the senator had been interviewed.';
    expect(quotesOf(polar)).toMatchObject([{ type: 'indirect', text: 'if the senator had been interviewed', start: at(polar, 'if the'), speaker: 'The campaign', cue: 'say', cue_start: at(polar, 'say'), outlet: null }]);
    const text = 'The council would not say when the pier would reopen.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'when the pier would reopen', start: at(text, 'when'),
      speaker: 'The council', speaker_start: 0, cue: 'say', cue_start: at(text, 'say'), outlet: null,
    }]);
  });
});
