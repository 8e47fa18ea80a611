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

describe('"a group calling itself “NAME”": the naming verb is no cue of the quoted name', () => {
  test('no partial for a quoted name after "calling itself" / "calling themselves"', () => {
    expect(quotesOf('A crew calling itself “Saltmarsh” claimed the outage on Tuesday.')).toEqual([]);
    expect(quotesOf('Hackers calling themselves “Blue Heron” posted the files.')).toEqual([]);
    expect(quotesOf('A collective calling itself “the last honest bakers” opened a stall.')).toEqual([]);
  });

  test('near miss: a person calling herself something quoted is still her label', () => {
    const text = 'Dana Moss called herself “a reluctant candidate” in 2019.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start, q.end])).toEqual([
      ['a reluctant candidate', 'partial', 'Dana Moss', 'called', 26, 47],
    ]);
  });

  test('near miss: another\'s naming verb before a quoted name keeps the quote', () => {
    const text = 'The mayor called the crew “Saltmarsh” in her speech.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue])).toEqual([['Saltmarsh', 'partial', 'The mayor', 'called']]);
  });
});
