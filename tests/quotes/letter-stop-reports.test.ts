import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a report after a sentence ending in a lone capital and its full stop', () => {
  test('negative: a given name, a lone capital and a plural noun before a speech verb is one person\'s name ("Mila T. Neighbors said")', () => {
    const text = 'After the vote, Mila T. Neighbors said the levy was unfair.';
    expect(quote(text, 'the levy')).toMatchObject({
      type: 'indirect', text: 'the levy was unfair', start: at(text, 'the levy'), end: text.length - 1, speaker: 'Mila T. Neighbors', speaker_start: at(text, 'Mila'), cue: 'said', cue_start: at(text, 'said'),
    });
    const other = 'On Friday, Owen P. Riders said the track was closed.';
    expect(quote(other, 'the track')).toMatchObject({ type: 'indirect', text: 'the track was closed', start: at(other, 'the track'), speaker: 'Owen P. Riders', speaker_start: at(other, 'Owen'), cue: 'said' });
  });

  test('"… had no Plan C. Parents said …" gives no "Plan C. Parents" speaker', () => {
    const text = 'The school had no Plan C. Parents said the closure came as a shock.';
    expect(quote(text, 'the closure')).toMatchObject({
      type: 'indirect', text: 'the closure came as a shock', start: at(text, 'the closure'), end: text.length - 1, speaker_mention: 'Parents', speaker_start: at(text, 'Parents'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"… was all Type B. Parents told …" is the group\'s own report', () => {
    const text = 'The new intake was all Type B. Parents told the board they were pleased.';
    expect(quote(text, 'they were')).toMatchObject({ type: 'indirect', text: 'they were pleased', start: at(text, 'they were'), speaker_mention: 'Parents', speaker_start: at(text, 'Parents'), cue: 'told', cue_start: at(text, 'told') });
  });
});
