import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const entities = (text: string) => extractArticle(text, { id: 't' }).entities;

describe('"Channel" and its number name a broadcaster', () => {
  test('"told Channel Nine": the channel is the outlet, listed as one, no person', () => {
    const text = 'Dana Holt came second. “I ran my own race,” Holt told Channel Nine.';
    expect(quote(text, 'I ran')).toMatchObject({
      text: 'I ran my own race,', type: 'direct', start: at(text, 'I ran'), end: at(text, 'I ran') + 'I ran my own race,'.length,
      speaker: 'Dana Holt', speaker_mention: 'Holt', speaker_start: at(text, 'Holt told'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Channel Nine',
    });
    expect(entities(text).outlets.map((o) => o.name)).toEqual(['Channel Nine']);
    expect(entities(text).people.map((p) => p.name)).toEqual(['Dana Holt']);
  });

  test('a number in figures too, after "speaking to"', () => {
    const text = 'Speaking to Channel 7, Owen Pryce said the bridge would reopen in May.';
    expect(quote(text, 'the bridge')).toMatchObject({
      text: 'the bridge would reopen in May', type: 'indirect', start: at(text, 'the bridge'),
      speaker: 'Owen Pryce', speaker_start: at(text, 'Owen Pryce'), cue: 'said', cue_start: at(text, 'said'), outlet: 'Channel 7',
    });
  });

  test('near miss: "Channel" before a word that is no number names no outlet', () => {
    const text = 'Owen Pryce told Channel Islands officials the ferry would run again.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Owen Pryce', cue: 'told', outlet: null });
    expect(entities(text).outlets).toEqual([]);
  });
});
