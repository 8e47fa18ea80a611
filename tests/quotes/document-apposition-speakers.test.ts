import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a document described by a participle phrase speaks, not the agent inside the phrase', () => {
  test('"The memo, drafted in May and later printed by the Coast Record, called …": the memo, the Record its outlet', () => {
    const text = 'The memo, drafted in May and later printed by the Coast Record, called the merger “a slow surrender” on Friday.';
    expect(quote(text, 'a slow surrender')).toMatchObject({
      text: 'a slow surrender', type: 'partial', speaker: null, speaker_mention: 'The memo',
      speaker_start: 0, cue: 'called', cue_start: at(text, 'called'),
    });
  });

  test('"The audit, ordered by the mayor and released by the city, found that …": the audit found it', () => {
    const text = 'The audit, ordered by the mayor and released by the city, found that the pension fund was short.';
    expect(quote(text, 'the pension fund')).toMatchObject({
      text: 'the pension fund was short', type: 'indirect', speaker: null, speaker_mention: 'The audit',
      speaker_start: 0, cue: 'found', cue_start: at(text, 'found'), outlet: null,
    });
  });
});

describe('a thing\'s quoted name in apposition is skipped like any apposition', () => {
  test('"The study, titled “Open Doors”, said …": the study speaks', () => {
    const text = 'The study, titled “Empty Harbours”, said the fishing fleet had halved since 1990.';
    expect(quote(text, 'the fishing fleet')).toMatchObject({
      text: 'the fishing fleet had halved since 1990', type: 'indirect', speaker: null, speaker_mention: 'The study',
      speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});

describe('an addressee in an opening "In a letter to X" phrase is no speaker', () => {
  test('"In a letter to Omar Reid, the governor, who …, said": the governor speaks', () => {
    const text = 'In a note to Omar Reid, the governor, who leads the commission, said the budget was too thin.';
    expect(quote(text, 'the budget')).toMatchObject({
      text: 'the budget was too thin', type: 'indirect', speaker_mention: 'the governor',
      speaker_start: at(text, 'the governor'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
