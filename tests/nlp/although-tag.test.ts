import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const tokenOf = (text: string, word: string) => analyzeArticle({ id: 't', path: '', text }).tokens.find((t) => t.normal === word)!;

describe('"although" opens a clause, as "though" does', () => {
  test('the word is a subordinator wherever it stands', () => {
    expect(tokenOf('Although the ferry was late, the crowd stayed.', 'although').pos).toBe('SCONJ');
    expect(tokenOf('The crowd stayed although the ferry was late.', 'although').pos).toBe('SCONJ');
  });

  test("a report ends before the speaker's own concession with a cue of its own, which is a second report", () => {
    const text = 'The harbour master said the ferry would run all winter, although she cautioned that storms could close the pier.';
    expect(quote(text, 'the ferry')).toMatchObject({
      type: 'indirect', text: 'the ferry would run all winter', start: at(text, 'the ferry'), end: at(text, ', although'),
      speaker: null, speaker_mention: 'The harbour master', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(quote(text, 'storms')).toMatchObject({
      type: 'indirect', text: 'storms could close the pier', start: at(text, 'storms'), end: text.length - 1,
      speaker_mention: 'she', cue: 'cautioned', cue_start: at(text, 'cautioned'), outlet: null,
    });
  });

  test('negative: a concession with no cue of its own stays in what was said', () => {
    const text = 'The harbour master said the ferry would run all winter, although the pier needs repairs.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the ferry would run all winter, although the pier needs repairs']);
  });
});
