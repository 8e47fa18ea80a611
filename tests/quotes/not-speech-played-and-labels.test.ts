import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe('"played “…,” PERSON said": how a game went, in the speaker’s words', () => {
  test('a coach’s cue right past the comma, an adverbial after the cue', () => {
    const text = 'The side played “Not Our Sharpest Night,” coach Dana Whitlow said after the defeat.';
    expect(quote(text, 'Not Our Sharpest Night')).toMatchObject({
      type: 'partial', text: 'Not Our Sharpest Night,', start: at(text, 'Not'), end: at(text, '”'),
      speaker: 'Dana Whitlow', speaker_mention: 'Dana Whitlow', cue: 'said', outlet: null,
    });
  });

  test('an adverbial of time after the cue still closes its clause', () => {
    const text = 'The visitors turned in “A Proper Team Effort,” captain Lou Brannagh said on Sunday.';
    expect(quote(text, 'A Proper Team Effort')).toMatchObject({
      type: 'partial', text: 'A Proper Team Effort,', start: at(text, 'A Proper'), end: at(text, '”'),
      speaker: 'Lou Brannagh', cue: 'said',
    });
  });

  test('negative: a piece played stays a title when no person speaks, or a work noun names it', () => {
    for (const text of [
      'The quartet played “Harbour Lights Waltz,” the audience cheered.',
      'The quartet played their new single “Harbour Lights Waltz,” manager Ivo Marsh said.',
      'The quartet played a cover of “Harbour Lights Waltz,” cellist Ivo Marsh said.',
      'The quartet played the anthem “Harbour Lights Waltz,” cellist Ivo Marsh said.',
      'The choir ended with the hymn “Harbour Lights Waltz,” its director Ivo Marsh said.',
    ]) expect(texts(text)).not.toContain('Harbour Lights Waltz,');
  });
});

describe('a label in apposition with the comma outside its marks', () => {
  test('the label is dropped and the subject’s report kept', () => {
    for (const text of [
      'The midwives, known as “the Dawn Shift”, said the canteen had closed without notice.',
      'The midwives, known locally as ‘the Dawn Shift’, said the canteen had closed without notice.',
    ]) {
      expect(texts(text)).toEqual(['the canteen had closed without notice']);
      expect(quote(text, 'the canteen')).toMatchObject({
        type: 'indirect', start: at(text, 'the canteen'), end: at(text, '.'),
        speaker_mention: 'The midwives', cue: 'said',
      });
    }
  });
});
