import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"claimed the jackpot": winning a prize, not saying something', () => {
  test('"X claimed the jackpot, organisers said": only the organisers\' report, no report by the winner', () => {
    const text = 'A teacher from Leeds claimed the jackpot, organisers said.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'A teacher')).toMatchObject({
      text: 'A teacher from Leeds claimed the jackpot', type: 'indirect', start: 0, end: at(text, ','),
      speaker: 'organisers', speaker_mention: 'organisers', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"claimed the prize" alone reports nothing', () => {
    expect(quotesOf('Nadia Orr claimed the prize on Saturday.')).toEqual([]);
  });

  test('negative: a prize that is the subject of a clause still reports: "claimed the prize was rigged"', () => {
    const text = 'Nadia Orr claimed the prize was rigged.';
    expect(quote(text, 'the prize')).toMatchObject({
      text: 'the prize was rigged', type: 'indirect', start: at(text, 'the prize'), end: at(text, '.'),
      speaker: 'Nadia Orr', cue: 'claimed', cue_start: at(text, 'claimed'), outlet: null,
    });
  });
});

describe('a time right after a trailing cue is when it was said, not what', () => {
  test('"…, officials announced Thursday.": one report, no «Thursday»', () => {
    const text = 'The ferry service will resume, harbour officials announced Thursday.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'The ferry')).toMatchObject({
      text: 'The ferry service will resume', type: 'indirect', start: 0, end: at(text, ','),
      speaker: null, speaker_mention: 'harbour officials', cue: 'announced', cue_start: at(text, 'announced'), outlet: null,
    });
  });

  test('negative: "announced Thursday the ferry would resume" still reports the clause after the day', () => {
    const text = 'Officials announced Thursday the ferry would resume.';
    expect(quote(text, 'the ferry')).toMatchObject({
      text: 'the ferry would resume', type: 'indirect', start: at(text, 'the ferry'), end: at(text, '.'),
      speaker_mention: 'Officials', cue: 'announced', cue_start: at(text, 'announced'),
    });
  });
});
