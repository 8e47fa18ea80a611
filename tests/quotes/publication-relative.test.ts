import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('", which reported …" after the publication something appeared on or in', () => {
  test('a name no list knows, after "on", is the outlet that reports', () => {
    const text = 'The claims first appeared on Harbor Wire, which reported that the mayor had resigned.';
    expect(quote(text, 'the mayor')).toMatchObject({ text: 'the mayor had resigned', type: 'indirect', speaker: 'Harbor Wire', speaker_mention: 'which', cue: 'reported', outlet: 'Harbor Wire', start: at(text, 'the mayor'), end: at(text, '.') });
  });

  test('a known outlet after a document and "appeared on" speaks, not the document opening the sentence', () => {
    const text = 'The story appeared on Variety, which reported that the studio had cut 30 jobs.';
    expect(quote(text, 'the studio')).toMatchObject({ text: 'the studio had cut 30 jobs', type: 'indirect', speaker: 'Variety', cue: 'reported', outlet: 'Variety', start: at(text, 'the studio'), end: at(text, '.') });
  });

  test('near miss: "who" after a person named by "by" keeps the person, no outlet', () => {
    const text = 'The claims were first made by Dana Hurst, who said that the mayor had resigned.';
    expect(quote(text, 'the mayor')).toMatchObject({ speaker: 'Dana Hurst', cue: 'said', outlet: null });
  });

  test('near miss: a document described by a participle phrase still speaks', () => {
    const text = 'The memo, sent to staff on Friday, warns that the studio will cut 30 jobs.';
    expect(quotesOf(text)).toMatchObject([{ text: 'the studio will cut 30 jobs', speaker_mention: 'The memo', cue: 'warns' }]);
  });
});
