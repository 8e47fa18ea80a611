import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an interview outlet left behind by a later paragraph dated apart from the interview', () => {
  test('a day named in the next paragraph, after an interview dated "earlier this month", is another occasion', () => {
    const text = 'Speaking to the Boston Globe earlier this month, Nell Marsh described the tour as "a long goodbye." "It was hard," she told the paper.\n\nMarsh shrugged off the complaints on Wednesday. "The fans deserved better," she said.';
    expect(quote(text, 'It was hard')).toMatchObject({ type: 'direct', speaker: 'Nell Marsh', cue: 'told', outlet: 'Boston Globe' });
    expect(quote(text, 'The fans deserved')).toMatchObject({
      text: 'The fans deserved better,', start: at(text, 'The fans'), type: 'direct',
      speaker: 'Nell Marsh', speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', cue_start: at(text, 'said.'), outlet: null,
    });
  });

  test('"Asked on Sunday …" after an interview "published Thursday" is another occasion', () => {
    const text = 'Oren Baptiste told Deadline in an interview published Thursday that the sequel was written.\n\nAsked on Sunday whether filming had begun, Baptiste said the cast was still being chosen.';
    expect(quote(text, 'the sequel was')).toMatchObject({ type: 'indirect', speaker: 'Oren Baptiste', cue: 'told', outlet: 'Deadline' });
    expect(quote(text, 'the cast was')).toMatchObject({
      text: 'the cast was still being chosen', start: at(text, 'the cast'), type: 'indirect',
      speaker: 'Oren Baptiste', speaker_mention: 'Baptiste', speaker_start: at(text, 'Baptiste said'), cue: 'said', outlet: null,
    });
  });

  test('after an undated interview, a day named once another speaker was quoted is another occasion', () => {
    const text = 'Mayor Ilse Brandt said in an interview with the Corran Herald that the budget was balanced. "We did the sums," she said.\n\nBrandt and Tomas Reyes have sparred before. Last year, Reyes accused her of "cooking the books." Asked about the dispute on Monday, Brandt laughed. "Tomas and I get along," she said.';
    expect(quote(text, 'We did the sums')).toMatchObject({ speaker: 'Ilse Brandt', outlet: 'Corran Herald' });
    expect(quote(text, 'Tomas and I')).toMatchObject({
      text: 'Tomas and I get along,', start: at(text, 'Tomas and I'), type: 'direct',
      speaker: 'Ilse Brandt', speaker_mention: 'she', speaker_start: text.lastIndexOf('she said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: the same speaker\'s pronoun quote in the next paragraph, with no day named, keeps the interview', () => {
    const text = 'Speaking to the Boston Globe earlier this month, Nell Marsh described the tour as "a long goodbye." "It was hard," she told the paper.\n\n"The fans deserved better," she said.';
    expect(quote(text, 'The fans deserved')).toMatchObject({ type: 'direct', speaker: 'Nell Marsh', speaker_mention: 'she', cue: 'said', outlet: 'Boston Globe' });
  });

  test('near miss: a day the interview sentence itself names keeps the interview', () => {
    const text = 'Oren Baptiste told Deadline on Thursday that the sequel was written.\n\nBaptiste spoke on Thursday from his office. "We start in May," he said.';
    expect(quote(text, 'We start in May')).toMatchObject({ type: 'direct', speaker: 'Oren Baptiste', speaker_mention: 'he', cue: 'said', outlet: 'Deadline' });
  });
});
