import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a speaker placed on one broadcast of a programme gave the words there', () => {
  test('"… on a 1983 episode of Night Parade. “…,” she said": the next sentence\'s opening quotation, over an outlet carried from an interview', () => {
    const text = 'Concert film\n\n"We kept every take," director Pavel Ostrander told the Ledger Weekly last month.\n\nIn the film\'s best scene, singer Ilse Marquand jokes about touring on a 1983 episode of Night Parade. "A bus is a small country with bad laws," she said, grinning.';
    expect(quote(text, 'A bus is a small')).toMatchObject({
      text: 'A bus is a small country with bad laws,', type: 'direct', start: at(text, 'A bus is'),
      speaker: 'Ilse Marquand', cue: 'said', outlet: 'Night Parade',
    });
  });

  test('"on Friday\'s broadcast of NAME", the quote in the same sentence', () => {
    const text = 'Radio notes\n\n"The rain came a month late," farmer Oskar Lindqvist said on Friday\'s broadcast of Noon Desk Live.';
    expect(quote(text, 'The rain came')).toMatchObject({ type: 'direct', speaker: 'Oskar Lindqvist', cue: 'said', outlet: 'Noon Desk Live' });
  });

  test('not an acting role, not a quote later on, not one whose own sentence names its outlet (negative cases)', () => {
    const text = 'Profile\n\nMina Sorel played a nurse on an episode of Harbor Lights. "I fainted on cue," she said.\n\nSinger Ilse Marquand sang on a 1983 episode of Night Parade. She later spoke of it. "I was terrified," she said.\n\nThe host Ruth Gale appeared on an episode of Night Parade. "It was fun," she told the Ledger Weekly.';
    expect(quote(text, 'I fainted on cue')).toMatchObject({ speaker_mention: 'she', cue: 'said', outlet: null });
    expect(quote(text, 'I was terrified')).toMatchObject({ speaker: 'Ilse Marquand', outlet: null });
    expect(quote(text, 'It was fun')).toMatchObject({ speaker: 'Ruth Gale', cue: 'told', outlet: 'Ledger Weekly' });
  });
});

describe('the next sentence\'s quotation keeps an occasion of its own', () => {
  test('"“…,” she said at a panel in Oslo" and a quotation in the next paragraph get no programme (negative cases)', () => {
    const text = 'Profile\n\nIlse Marquand sang on a 1983 episode of Night Parade. "I was nineteen," she said at a panel in Oslo last year.\n\nMina Sorel sang on a 1990 episode of Noon Desk.\n\n"I barely slept," Sorel said.';
    expect(quote(text, 'I was nineteen')).toMatchObject({ speaker: 'Ilse Marquand', cue: 'said', outlet: null });
    expect(quote(text, 'I barely slept')).toMatchObject({ speaker: 'Mina Sorel', cue: 'said', outlet: null });
  });
});
