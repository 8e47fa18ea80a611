import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

// PolNeAR annotates "accused X of …" as a report whose content is "X of …", with a bare noun after "of"
// ("accused him of sexism") as much as with a gerund; these pin that reading.
describe('"accused X of …" reports the accused and the charge', () => {
  test('"accused the owner of greed and said …": a bare noun charge is a report, and so is the coordinated "said"', () => {
    const text = 'The miners accused the owner of greed and said they would strike.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the owner of greed', start: at(text, 'the owner'), speaker_mention: 'The miners', cue: 'accused', cue_start: at(text, 'accused'), outlet: null },
      { type: 'indirect', text: 'they would strike', start: at(text, 'they'), speaker_mention: 'The miners', cue: 'said', cue_start: at(text, 'said'), outlet: null },
    ]);
  });

  test('"accused him of hiding the losses": a gerund charge, the pronoun kept with it', () => {
    const text = 'The miners accused him of hiding the losses from the bank.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'him of hiding the losses from the bank', start: at(text, 'him'), speaker_mention: 'The miners', cue: 'accused', cue_start: at(text, 'accused'), outlet: null },
    ]);
  });
});
