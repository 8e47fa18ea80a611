// A broadcaster's regional news programme is an outlet of its own ("told BBC Points West"), not the broadcaster alone.
// Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('regional programmes as outlets (data/outlets.json)', () => {
  test('"told BBC Look North that …" gives the programme as the outlet', () => {
    const text = 'Ana Ruiz told BBC Look North that the bridge would stay shut until spring.';
    expect(quote(text, 'the bridge')).toMatchObject({
      text: 'the bridge would stay shut until spring', type: 'indirect', speaker: 'Ana Ruiz', cue: 'told', cue_start: at(text, 'told'), outlet: 'BBC Look North',
      start: at(text, 'the bridge'),
    });
    expect(extractArticle(text, { id: 'r' }).entities.outlets.map((o) => o.name)).toEqual(['BBC Look North']);
  });

  test('near miss: "told the BBC" stays the BBC, and "look north" in small letters is no programme', () => {
    const text = 'Ana Ruiz told the BBC that the bridge would stay shut. "We look north for help," she said.';
    expect(quote(text, 'the bridge')).toMatchObject({ outlet: 'BBC', speaker: 'Ana Ruiz' });
    expect(extractArticle(text, { id: 'r' }).entities.outlets.map((o) => o.name)).toEqual(['BBC']);
  });
});
