import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"quip" reports a clause, as "joke" does (data/cues.json report)', () => {
  test('", quipping that …" after a said-report is a second report with its own cue', () => {
    const text = 'Okafor said the season had been long, quipping that his knees had aged ten years.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the season had been long', start: at(text, 'the season'), speaker: 'Okafor', cue: 'said', outlet: null },
      { type: 'indirect', text: 'his knees had aged ten years', start: at(text, 'his knees'), end: at(text, 'his knees') + 'his knees had aged ten years'.length, speaker: 'Okafor', speaker_mention: 'Okafor', cue: 'quipping', cue_start: at(text, 'quipping'), outlet: null },
    ]);
  });

  test('"quipped that …" is a report of its own', () => {
    const text = 'Okafor quipped that his knees had aged ten years.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'his knees had aged ten years', speaker: 'Okafor', cue: 'quipped' }]);
  });

  test('near miss: "quipping about" with no clause reports nothing more', () => {
    const text = 'Okafor said the season had been long, quipping about his knees.';
    expect(quotesOf(text).map((q) => q.cue)).toEqual(['said']);
  });
});
