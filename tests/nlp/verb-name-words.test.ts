import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote } from '../helpers/quotes.js';

const analyze = (text: string) => analyzeArticle({ id: 't', path: '', text });

describe('a capitalised word the tagger reads as a verb, inside a sentence, opens a name before a proper noun', () => {
  test('"Conservation charity Save Lakeland said …": the body by its whole name, an organisation', () => {
    const text = 'Conservation charity Save Lakeland said the new road would cut the valley in two.';
    const words = 'the new road would cut the valley in two';
    expect(quote(text, 'the new road')).toMatchObject({
      type: 'indirect', text: words, start: at(text, words), end: at(text, words) + words.length,
      speaker: 'Save Lakeland', speaker_mention: 'Save Lakeland', speaker_start: at(text, 'Save'), speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('near miss: a sentence opening with a verb keeps it a verb', () => {
    const text = 'Save Lakeland, the charity urged its members on Monday.';
    expect(analyze(text).tokens.find((t) => t.text === 'Save')?.pos).not.toBe('PROPN');
  });
});

describe('a capitalised word read as a verb right after a proper noun, before a verb in small letters, ends the name', () => {
  test('"Harrow Forge missed a launch date the studio now says was “…”": the studio is Harrow Forge', () => {
    const text = 'Harrow Forge missed a launch date the studio now says was “never achievable.”';
    expect(analyze(text).tokens.find((t) => t.text === 'Forge')?.pos).toBe('PROPN');
    expect(quote(text, 'never achievable')).toMatchObject({
      type: 'partial', text: 'never achievable.', start: at(text, 'never achievable'),
      speaker: 'Harrow Forge', speaker_mention: 'the studio', speaker_start: at(text, 'the studio'), speaker_kind: 'organization', cue: 'says', outlet: null,
    });
  });

  test('near miss: a headline\'s capitalised verb with no small verb after it is left alone', () => {
    const text = 'Mayor Quits after the vote.';
    expect(analyze(text).tokens.find((t) => t.text === 'Quits')?.pos).toBe('VERB');
  });
});
