import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"According to SOURCE who …, CLAUSE": a restrictive relative clause on the source is no part of the content', () => {
  test('an anonymous source who asked not to be named', () => {
    const text = 'According to a ferry mechanic who asked not to be named, the engine had failed twice that week.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the engine')).toMatchObject({
      type: 'indirect', text: 'the engine had failed twice that week', start: at(text, 'the engine'), end: text.length - 1,
      speaker: null, speaker_kind: 'anonymous', speaker_mention: 'a ferry mechanic', speaker_start: at(text, 'a ferry mechanic'),
      cue: 'According to', cue_start: 0, outlet: null,
    });
  });

  test('a counted source who witnessed it', () => {
    const text = 'According to three guests who were at the table, the mayor left before dessert.';
    expect(quote(text, 'the mayor')).toMatchObject({
      type: 'indirect', text: 'the mayor left before dessert', start: at(text, 'the mayor'), speaker_mention: 'three guests',
      speaker_start: at(text, 'three guests'), cue: 'According to', outlet: null,
    });
  });

  test('near miss: a "who" clause inside the reported clause\'s subject stays in the content', () => {
    const text = 'According to officials, residents who fled the fire have returned.';
    expect(quote(text, 'residents')).toMatchObject({
      type: 'indirect', text: 'residents who fled the fire have returned', start: at(text, 'residents'), speaker_mention: 'officials', cue: 'According to',
    });
  });
});
