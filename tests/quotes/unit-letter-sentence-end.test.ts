import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a unit letter glued to a number ("42C.") ends its sentence before a capitalised word', () => {
  test('a report ends at "38C." and leaves the next sentence out', () => {
    const text = 'The weather service said the valley could see 38C. Farmers worried.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the valley')).toMatchObject({
      type: 'indirect', text: 'the valley could see 38C', start: at(text, 'the valley'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The weather service',
      speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('the next sentence\'s subject takes no initial: "… 104F. Nordvik said …"', () => {
    const text = 'Highs hit 104F. Nordvik said the heat broke a record.';
    expect(quote(text, 'the heat')).toMatchObject({
      type: 'indirect', text: 'the heat broke a record', start: at(text, 'the heat'), speaker: 'Nordvik',
      speaker_mention: 'Nordvik', speaker_start: at(text, 'Nordvik'), cue: 'said', outlet: null,
    });
  });

  test('at a paragraph\'s end the full stop stays out of the report: "… 41C.⏎⏎The mayor said …"', () => {
    const text = 'Forecasters warned that the plain could reach 41C.\n\nThe mayor said the pools would open.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.start, q.end])).toEqual([
      ['the plain could reach 41C', 'indirect', 'Forecasters', 'warned', 24, 49],
      ['the pools would open', 'indirect', 'The mayor', 'said', 67, 87],
    ]);
  });

  test('near miss: a letter after a number inside a paragraph, before a small word, stays one token', () => {
    const text = 'Forecasters warned that the 4 p.m. ferry would not sail.';
    expect(quote(text, 'the 4')).toMatchObject({ type: 'indirect', text: 'the 4 p.m. ferry would not sail', cue: 'warned' });
  });

  test('near miss: a middle initial after a given name still joins the name', () => {
    const text = 'Officials met on Monday. Dana R. Whitlow said the talks went well.';
    expect(quote(text, 'the talks')).toMatchObject({ type: 'indirect', text: 'the talks went well', speaker: 'Dana R. Whitlow', cue: 'said' });
  });
});
