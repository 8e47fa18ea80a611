import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"in the interview" with no outlet named: the one interview the article told of before', () => {
  test('the one outlet the article gave words to before is carried', () => {
    const text = 'The quartet spoke to Billboard for a feature that ran on Monday. Their new record is their longest yet. Drummer Ines Kowal said in the interview that the band would tour Asia in autumn.';
    expect(quote(text, 'the band would')).toMatchObject({
      text: 'the band would tour Asia in autumn', start: at(text, 'the band would'), type: 'indirect',
      speaker: 'Ines Kowal', cue: 'said', cue_start: at(text, 'said in'), outlet: 'Billboard',
    });
  });

  test('not with two outlets named before, nor across another interview told of since', () => {
    const two = 'The quartet spoke to Billboard and to Variety on Monday. Drummer Ines Kowal said in the interview that the band would tour Asia in autumn.';
    expect(quote(two, 'the band would')).toMatchObject({ speaker: 'Ines Kowal', outlet: null });
    const other = 'The quartet spoke to Billboard on Monday. Kowal later gave an interview to her old school paper. Drummer Ines Kowal said in the interview that the band would tour Asia in autumn.';
    expect(quote(other, 'the band would')).toMatchObject({ speaker: 'Ines Kowal', outlet: null });
  });
});

describe('"told The + a newspaper word": a paper named as written', () => {
  test('"told The Courier" with no paper of that word named before', () => {
    const text = 'Councillor Dev Arora told The Beacon that the ferry would run until midnight.';
    expect(quote(text, 'the ferry would')).toMatchObject({
      text: 'the ferry would run until midnight', start: at(text, 'the ferry would'), type: 'indirect',
      speaker: 'Dev Arora', cue: 'told', cue_start: at(text, 'told'), outlet: 'The Beacon',
    });
  });
});
