import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('people "at" a place described with a word tagged an adverb', () => {
  test('the people speak, not the place', () => {
    const text = 'Shopkeepers at the nearby indoor market said the rents had doubled.';
    expect(quote(text, 'the rents had doubled')).toMatchObject({
      text: 'the rents had doubled', type: 'indirect', speaker: null, speaker_mention: 'Shopkeepers at the nearby indoor market',
      speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});

describe('a nation\'s noun after a sentence about one known by no role', () => {
  test('a relative clause after the subject does not send it to the last speaker', () => {
    const text = 'Greta Lindqvist beat Sofia Marin in the semi-final. “I felt strong,” Marin said. Lindqvist, who had lost their last three meetings, was delighted. “This one means a lot,” the Swede said.';
    expect(quote(text, 'This one means a lot')).toMatchObject({
      text: 'This one means a lot,', type: 'direct', speaker: 'Greta Lindqvist', speaker_mention: 'the Swede',
      speaker_start: at(text, 'the Swede'), cue: 'said', cue_start: text.lastIndexOf('said'), outlet: null,
    });
  });
});

describe('a role word in small letters before a name titles it', () => {
  test('"the referee" later is the one named with it, though tagged a verb', () => {
    const text = 'The race was decided when referee Paul Okonjo ruled that the ball had crossed the line. Halloran disputed the goal but the referee said the rules were plain.';
    expect(quote(text, 'the rules were plain')).toMatchObject({
      text: 'the rules were plain', type: 'indirect', speaker: 'Paul Okonjo', speaker_mention: 'the referee',
      speaker_start: at(text, 'the referee'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
