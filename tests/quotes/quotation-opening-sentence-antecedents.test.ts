import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a pronoun after a sentence that opens with its own quotation', () => {
  test('"“…,” NAME told OUTLET. He said …": the one who told the outlet, not the earlier paragraph\'s speaker', () => {
    const text = 'Haskell said the plan would "ruin the harbour."\n\n"We voted it down," Brandt told the Gazette. He said he would appeal the ruling.';
    expect(quote(text, 'he would appeal')).toMatchObject({
      type: 'indirect', text: 'he would appeal the ruling', start: at(text, 'he would appeal'), speaker: 'Brandt', speaker_kind: 'person',
      speaker_mention: 'He', speaker_start: at(text, 'He said'), cue: 'said', outlet: 'Gazette',
    });
  });

  test('near miss: a "!" inside one quotation ends no sentence, the subject before the quotation is still the antecedent', () => {
    const text = 'Mayor Tom Reyes spoke first. Later Dan Alvarez greeted fans chanting "Benny! Benny!" He told reporters the club would stay.';
    expect(quote(text, 'the club would stay')).toMatchObject({
      type: 'indirect', start: at(text, 'the club would stay'), speaker: 'Dan Alvarez', speaker_mention: 'He', speaker_start: at(text, 'He told'), cue: 'told', outlet: null,
    });
  });
});
