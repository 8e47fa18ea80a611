import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an interview a sentence places a speaker in ends once someone else is quoted', () => {
  test('"In an interview with OUTLET, X said … ¶ Y said … ¶ X said …": the last report has no outlet', () => {
    const text = 'In an interview with the Corran Herald, Ida Moss said the rents had doubled. "We cannot stay," she told the Herald.\n\nPaul Kerr said the landlords had no choice. "Costs went up," Kerr said.\n\nMoss said she would move to Leeds.';
    expect(quote(text, 'the rents')).toMatchObject({ speaker: 'Ida Moss', cue: 'said', outlet: 'Corran Herald' });
    expect(quote(text, 'Costs went up')).toMatchObject({ speaker: 'Paul Kerr', outlet: null });
    expect(quote(text, 'she would move')).toMatchObject({
      text: 'she would move to Leeds', type: 'indirect', start: at(text, 'she would move'), end: at(text, 'she would move') + 'she would move to Leeds'.length,
      speaker: 'Ida Moss', speaker_mention: 'Moss', speaker_start: at(text, 'Moss said she'), cue: 'said', cue_start: at(text, 'said she would'), outlet: null,
    });
  });

  test('near miss: with no one else quoted in between, her later report keeps the interview', () => {
    const text = 'In an interview with the Corran Herald, Ida Moss said the rents had doubled. "We cannot stay," she told the Herald.\n\nMoss said she would move to Leeds.';
    expect(quote(text, 'she would move')).toMatchObject({
      text: 'she would move to Leeds', type: 'indirect', speaker: 'Ida Moss', speaker_mention: 'Moss', cue: 'said', outlet: 'Corran Herald',
    });
  });
});
