import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a time between a relative "who" and its cue', () => {
  test('"Okafor, who in 2010 said … a “one-term mayor.”": Okafor\'s words, through "who"', () => {
    const text = 'Halvik met Okafor, who in 2010 said the goal was to make Halvik a "one-term mayor."';
    expect(quote(text, 'one-term')).toMatchObject({
      type: 'partial', text: 'one-term mayor.', speaker: 'Okafor', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('the same report without quotation marks is indirect, with the content up to the full stop', () => {
    const text = 'Halvik met Okafor, who in 2010 said the goal was to make Halvik a one-term mayor.';
    expect(quote(text, 'the goal')).toMatchObject({
      type: 'indirect', text: 'the goal was to make Halvik a one-term mayor', speaker: 'Okafor', speaker_mention: 'who', cue: 'said',
    });
  });

  test('a year between the subject and the cue is a time, not the speaker: "Okafor in 2010 said"', () => {
    const text = 'Okafor in 2010 said the pier was safe.';
    expect(quote(text, 'the pier')).toMatchObject({ speaker: 'Okafor', speaker_start: 0, cue: 'said' });
    // "of 2010" names a class, part of the description.
    const cls = 'Members of the class of 2010 said the pier was safe.';
    expect(quote(cls, 'the pier')).toMatchObject({ speaker_mention: 'Members of the class of 2010' });
  });
});
