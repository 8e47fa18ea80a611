// After a verb that coins a label ("called the singing competition “…”"), the quoted words are the speaker's
// description of the contest, not its name. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'l' }).entities.films.map((f) => [f.title, f.kind]);

describe('a contest described by a labelling verb', () => {
  test('"called the baking competition “A Circus,”" is a partial quote and no show', () => {
    const text = 'Tomas Berg called the baking competition “A Circus,” then walked out.';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({
        type: 'partial', text: 'A Circus,', start: at(text, 'A Circus'), end: at(text, '”'),
        speaker: 'Tomas Berg', speaker_start: 0, cue: 'called', cue_start: at(text, 'called'), outlet: null,
      }),
    ]);
    expect(films(text)).toEqual([]);
  });

  test('"called the dance competition “Fixed,” adding …" lists no show', () => {
    expect(films('Mara Quill called the dance competition “Fixed,” adding that the scores were leaked.')).toEqual([]);
  });

  test('near miss: "ordered the baking competition “…”" names the show', () => {
    const text = 'Tomas Berg said the network had ordered the baking competition “Crumb Club” and more.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['indirect']);
    expect(films(text)).toEqual([['Crumb Club', 'tv']]);
  });
});
