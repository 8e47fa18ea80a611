import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('where a speaker phrase before the cue begins', () => {
  test('"a NOUN that PEOPLE said": the relative "that" ends the phrase; the plural noun after it speaks', () => {
    const text = 'Investors backed a merger that regulators said would hurt consumers.';
    expect(quote(text, 'would hurt')).toMatchObject({
      type: 'indirect', text: 'would hurt consumers', speaker: null, speaker_mention: 'regulators', speaker_start: at(text, 'regulators'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"the NOUN behind the NOUN says": the "behind" phrase belongs to the speaker phrase', () => {
    const text = 'The publisher behind the popular crime series says the delay was unavoidable.';
    expect(quote(text, 'the delay')).toMatchObject({
      type: 'indirect', text: 'the delay was unavoidable', speaker_mention: 'The publisher behind the popular crime series', speaker_start: 0, cue: 'says', cue_start: at(text, 'says'),
    });
  });
  test('the relative "that" stop leaves a phrase whose named subject\'s verb the tagger read as a noun', () => {
    const charity = 'The charity that Ana Ruiz chairs said it would close its doors.';
    expect(quote(charity, 'it would close')).toMatchObject({ type: 'indirect', text: 'it would close its doors', speaker_mention: 'The charity that Ana Ruiz chairs', speaker_start: 0, cue: 'said' });
  });
});
