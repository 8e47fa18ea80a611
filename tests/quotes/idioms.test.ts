import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('attack idioms: "took aim at X", "took a swipe at X"', () => {
  test('the one attacked is the content, the whole idiom the cue', () => {
    const text = 'The vote was close.\n\nSen. Ann Reyes took aim at the harbor levy on Monday.\n\nTom Hale took a veiled swipe at his rival, calling her careless.';
    expect(quote(text, 'the harbor levy')).toMatchObject({ type: 'indirect', text: 'the harbor levy on Monday', speaker: 'Ann Reyes', cue: 'took aim at', cue_start: at(text, 'took aim') });
    expect(quote(text, 'his rival')).toMatchObject({ type: 'indirect', text: 'his rival', speaker: 'Tom Hale', cue: 'took a veiled swipe at' });
  });

  test('one shot at a thing is an attempt, and a shot taken is no attack', () => {
    const text = 'The season ended.\n\nThe coach took a shot at the title in May.\n\nReyes took a shot of espresso at noon.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('the writer\'s stock phrases with "say" report no one', () => {
  test('"it goes without saying", "needless to say", "it\'s safe to say" and "suffice it to say" are no cues', () => {
    const text = 'It goes without saying that the ferry will run late.\n\nNeedless to say, the harbour board was not amused.\n\n'
      + "It's safe to say the regatta will go ahead.\n\nSuffice it to say the pier needs work.";
    expect(quotesOf(text)).toEqual([]);
  });

  test('a speaker who judges it "too early to say" is still reported, and "quick to say" is a cue', () => {
    const text = 'It is too early to say whether the pier will reopen, Mara Dunn said.\n\nTomas Bell was quick to say the vote had been fair.';
    expect(quote(text, 'It is too early')).toMatchObject({ type: 'indirect', text: 'It is too early to say whether the pier will reopen', speaker: 'Mara Dunn', cue: 'said' });
    expect(quote(text, 'the vote had been fair')).toMatchObject({ type: 'indirect', speaker: 'Tomas Bell', cue: 'say' });
    expect(quotesOf(text)).toHaveLength(2);
  });
});

describe('"said as much about", "speaks volumes": say meaning reveal reports no one', () => {
  test('the outer report keeps the whole clause, with no second report of the thing that "said" something', () => {
    const text = 'Tomas Bell argued that the sale said as much about the market’s taste for forgotten painters as about the canvas itself.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the sale')).toMatchObject({
      type: 'indirect', text: 'the sale said as much about the market’s taste for forgotten painters as about the canvas itself',
      start: at(text, 'the sale'), speaker: 'Tomas Bell', cue: 'argued', cue_start: at(text, 'argued'),
    });
  });

  test('"says a lot about", "speaks volumes" and "tells us something about" alone report nothing', () => {
    const text = 'The empty ferry says a lot about the fare.\n\nThe silence of the harbour board speaks volumes.\n\nThe turnout tells us something about the town.';
    expect(quotesOf(text)).toEqual([]);
  });
});
