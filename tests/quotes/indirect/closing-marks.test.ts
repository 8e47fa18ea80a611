import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

// A report's content never ends inside a quotation, and a gesture closing the sentence is no part of it.
describe('report content and quotation marks', () => {
  test('a group term closing the report keeps its closing mark (straight quotes)', () => {
    const text = 'Halvorsen said the chalk arrows were what hikers call "the mountain\'s last hint."';
    const found = quotesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      type: 'indirect', text: 'the chalk arrows were what hikers call "the mountain\'s last hint."',
      start: at(text, 'the chalk'), end: text.length, speaker: 'Halvorsen', cue: 'said', outlet: null,
    });
  });

  test('a gesture after the quoted term ends the report before "and"', () => {
    const text = 'Mbeki said the delay was what commuters call “the long shrug,” and grinned.';
    const found = quotesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      type: 'indirect', text: 'the delay was what commuters call “the long shrug,”',
      start: at(text, 'the delay'), end: at(text, ' and grinned'), speaker: 'Mbeki', cue: 'said', outlet: null,
    });
  });

  test('a gesture after a plain report ends it before the comma', () => {
    const text = 'Tamsin Orr said the budget would balance, and smiled.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue, q.end])).toEqual([['indirect', 'the budget would balance', 'Tamsin Orr', 'said', at(text, ', and smiled')]]);
  });
});
