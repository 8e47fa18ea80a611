// A quoted title after a televised contest's kind ("the cooking competition “…”") is the show's name, even inside
// reported content. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('a quoted contest show inside reported content', () => {
  test('"say the lineup includes the baking competition “Crumb Club.”": the report only, and the show is listed', () => {
    const text = 'Harbor Media executives say the lineup includes the baking competition “Crumb Club.”';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({
        type: 'indirect', text: 'the lineup includes the baking competition “Crumb Club.”', start: at(text, 'the lineup'),
        speaker: null, speaker_mention: 'Harbor Media executives', speaker_start: 0, cue: 'say', outlet: null,
      }),
    ]);
    expect(extractArticle(text, { id: 'c' }).entities.films.map((f) => [f.title, f.kind])).toEqual([['Crumb Club', 'tv']]);
  });

  test('near miss: words quoted after "the competition" with no contest kind stay a partial quote', () => {
    const text = 'Ana Ruiz said the competition was “far too rushed.”';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({
        type: 'partial', text: 'far too rushed.', start: at(text, 'far too'),
        speaker: 'Ana Ruiz', speaker_start: at(text, 'Ana Ruiz'), cue: 'said', outlet: null,
      }),
    ]);
  });
});
