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

describe('"played" and claimed results: only a sports side, and an adverbial only after a claim', () => {
  const full = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.outlet ?? null, q.start, q.end]);
  const partial = (text: string, words: string, speaker: string, cue: string) => ['partial', words, speaker, cue, null, at(text, words), at(text, words) + words.length];

  test('a piece a band, a quartet, an orchestra or a pianist played is a title, whoever speaks after it', () => {
    for (const text of [
      'The band played “Harbour Lights,” singer Tomas Wren said.',
      'The quartet played “Blue Morning Song,” drummer Ivo Dent said after the show.',
      'The orchestra played “Autumn Gate,” conductor Pavel Rusk said, and the crowd stood.',
      'The pianist played “Winter Roads,” her teacher Ada Holm said on Friday.',
    ]) expect(full(text)).toEqual([]);
  });

  test('a team’s name played in a sentence about a game; “told reporters” closes the cue’s clause', () => {
    const text = 'Rovers played “Careless Football,” manager Owen Hale told reporters.';
    expect(full(text)).toEqual([partial(text, 'Careless Football,', 'Owen Hale', 'told')]);
    const we = 'We played “Scared Football,” captain Rob Lyle said after the match.';
    expect(full(we)).toEqual([partial(we, 'Scared Football,', 'Rob Lyle', 'said')]);
  });

  test('a title watched, loved or voted for is no claim: an adverbial after the cue does not make it speech', () => {
    for (const text of [
      'Audiences loved “Dark Water,” director Ian Holt said in Cannes.',
      'Everyone at school watched “Night Shift Diaries,” actor Tom Reyes said during a panel.',
    ]) expect(full(text)).toEqual([]);
    const vote = 'Viewers voted for “Best Of Both,” host Dee Lark said on Saturday.';
    expect(full(vote).filter((q) => q[0] === 'partial')).toEqual([]);
  });

  test('a predicate after “were”/“was” is claimed, an adverbial after the cue notwithstanding', () => {
    const talks = 'Talks were “Mostly Useful,” minister Karl Brandt said at a briefing on Monday.';
    expect(full(talks)).toEqual([partial(talks, 'Mostly Useful,', 'Karl Brandt', 'said')]);
    const deal = 'The deal was “A Fair Start,” Mayor Rhea Santos said in a statement.';
    expect(full(deal)).toEqual([partial(deal, 'A Fair Start,', 'Rhea Santos', 'said')]);
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
