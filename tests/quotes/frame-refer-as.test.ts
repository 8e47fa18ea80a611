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
});
