import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('"a group calling itself the NAME": the name a group goes by is no report', () => {
  test('no quote is cued by "calling" before a capitalised name after "the"', () => {
    const text = 'A group calling itself the Harbor Legion claimed responsibility for the outage.';
    expect(quotesOf(text).filter((q) => q.cue === 'calling')).toEqual([]);
    const plural = 'Hackers who call themselves the Grey Wolves took the site offline.';
    expect(quotesOf(plural).filter((q) => q.cue === 'call')).toEqual([]);
  });

  test('near miss: a stance in small letters stays a report ("called himself a moderate")', () => {
    const text = 'The senator called himself a moderate.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'himself a moderate', start: text.indexOf('himself'), speaker: null, speaker_mention: 'The senator', cue: 'called', cue_start: text.indexOf('called') }]);
  });
});
