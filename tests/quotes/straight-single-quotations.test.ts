import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { isHeadline } from '../../src/quotes/paragraphs.js';

// Straight single marks (') as quotation marks, the same character as the apostrophe: sentences of our own.

const shape = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.cue, q.outlet]);

describe('a one-line text quoted in straight single marks', () => {
  test('is no headline when it ends with a stop inside a closing straight mark', () => {
    const text = "'We trained all winter,' Maria Pell said. 'The result is no surprise.'";
    expect(shape(text)).toEqual([
      ['direct', 'We trained all winter,', 1, 23, 'Maria Pell', 'said', null],
      ['direct', 'The result is no surprise.', at(text, 'The result'), text.length - 1, 'Maria Pell', 'said', null],
    ]);
    expect(quote(text, 'The result')).toMatchObject({ speaker_mention: 'Maria Pell', speaker_start: at(text, 'Maria'), cue_start: at(text, 'said') });
  });

  test('a short title line quoting with single marks, with no stop, stays a headline', () => {
    expect(quotesOf("Pell calls the result 'no surprise'")).toEqual([]);
  });

  test('a headline deck ending in a quoted phrase with its stop inside, and no speech frame, stays a headline', () => {
    const first = (text: string) => isHeadline(analyzeArticle({ id: 't', text }), 0);
    expect(first("Fans fear their club is 'finished.'\n\nThe club met its fans on Monday.\n")).toBe(true);
    expect(first("'We trained all winter,' Maria Pell said. 'The result is no surprise.'\n\nPell won on Monday.\n")).toBe(false);
  });
});

describe('a quotation in straight single marks over several paragraphs', () => {
  const text = [
    'Pell reaches the final',
    '',
    "'We trained all winter,' said Maria Pell. 'But a plan doesn't win races. On the day, it comes down to the legs.",
    '',
    "'Tomorrow I will rest and think about the final.'",
    '',
    'Her coach was not at the track.',
  ].join('\n');

  test('runs to the end of the paragraph left open, with the apostrophe inside it, as in double marks', () => {
    const open = "But a plan doesn't win races. On the day, it comes down to the legs.";
    const last = 'Tomorrow I will rest and think about the final.';
    expect(shape(text)).toEqual([
      ['direct', 'We trained all winter,', at(text, 'We trained'), at(text, "winter,'") + 7, 'Maria Pell', 'said', null],
      ['direct', open, at(text, open), at(text, open) + open.length, 'Maria Pell', 'said', null],
      ['direct', last, at(text, last), at(text, last) + last.length, 'Maria Pell', null, null],
    ]);
  });

  test('the same in curly single marks', () => {
    const curly = text.replace(/'(?=[WBT])/g, '‘').replace(/([,.])'/g, '$1’');
    const open = "But a plan doesn't win races. On the day, it comes down to the legs.";
    expect(shape(curly).map((q) => q.slice(0, 5))).toEqual([
      ['direct', 'We trained all winter,', at(curly, 'We trained'), at(curly, 'winter,') + 7, 'Maria Pell'],
      ['direct', open, at(curly, open), at(curly, open) + open.length, 'Maria Pell'],
      ['direct', 'Tomorrow I will rest and think about the final.', at(curly, 'Tomorrow'), at(curly, 'final.') + 6, 'Maria Pell'],
    ]);
  });

  test('an unattributed open paragraph takes the attribution of the next one, as in double marks', () => {
    const t = "The club met on Monday.\n\n'The pitch has waited long enough.\n\n'Work starts in May,' Ivo Marsh told reporters.\n";
    expect(shape(t)).toEqual([
      ['direct', 'The pitch has waited long enough.', at(t, 'The pitch'), at(t, 'enough.') + 7, 'Ivo Marsh', null, null],
      ['direct', 'Work starts in May,', at(t, 'Work'), at(t, 'May,') + 4, 'Ivo Marsh', 'told', null],
    ]);
  });
});

describe('near misses: apostrophes never open or close a quotation', () => {
  test("don't, Pell's, the '90s, rock 'n' roll and the players' lounge", () => {
    const text = [
      'Pell wins again',
      '',
      "Pell's win was the club's first since the '90s, and the players' lounge played rock 'n' roll all night.",
      '',
      "'I don't know what to say,' Pell said.",
    ].join('\n');
    expect(shape(text)).toEqual([['direct', "I don't know what to say,", at(text, 'I don'), at(text, "say,'") + 4, 'Pell', 'said', null]]);
  });

  test('an unclosed mark is no quotation when the next paragraph does not open with one', () => {
    const text = "The club met on Monday.\n\n'The pitch has waited long enough.\n\nIvo Marsh left early.\n";
    expect(quotesOf(text).filter((q) => q.type !== 'indirect')).toEqual([]);
  });

  test('an unclosed mark inside a sentence does not run on, even before a quoting paragraph', () => {
    const text = "Fans call him 'Big Tom and sing all night.\n\n'He is our hero,' said Ana Kell.\n";
    expect(shape(text)).toEqual([['direct', 'He is our hero,', at(text, 'He is'), at(text, 'hero,') + 5, 'Ana Kell', 'said', null]]);
  });

  test('double quotes with a stray apostrophe keep their quotations', () => {
    const text = 'Pell wins again\n\n"We trained hard," Pell said. \'Nobody expected it.\n\n"The players\' lounge was loud," she added.\n';
    expect(shape(text).map((q) => q.slice(0, 5))).toEqual([
      ['direct', 'We trained hard,', at(text, 'We trained'), at(text, 'hard,') + 5, 'Pell'],
      ['direct', "The players' lounge was loud,", at(text, 'The players'), at(text, 'loud,') + 5, 'Pell'],
    ]);
  });
});
