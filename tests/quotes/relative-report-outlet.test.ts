import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('the outlet of a report inside a relative clause about the speaker', () => {
  test('stays with that report: the main cue after the relative gets no outlet', () => {
    const text = 'Paul Greer, who told Newsweek in March that he had no plans to retire, said Tuesday he was “ready to step aside” soon.';
    expect(quote(text, 'he had no plans')).toMatchObject({ type: 'indirect', cue: 'told', outlet: 'Newsweek' });
    expect(quote(text, 'ready to')).toMatchObject({
      text: 'ready to step aside', start: at(text, 'ready to'), type: 'partial',
      speaker: 'Paul Greer', speaker_mention: 'Paul Greer', speaker_start: at(text, 'Paul Greer'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a relative clause without a report of its own still gives its outlet to the main cue', () => {
    const text = 'Paul Greer, who spoke to Newsweek, said he was “ready to step aside” soon.';
    expect(quote(text, 'ready to')).toMatchObject({ type: 'partial', speaker: 'Paul Greer', cue: 'said', outlet: 'Newsweek' });
  });
});
