import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"said goodbye / a prayer / grace": a greeting or a rite, no words reported (cues.json object_cue_other_senses)', () => {
  test('"said goodbye to viewers" gives nothing, nor a clause later in the sentence', () => {
    expect(quotesOf('Nora Vantreight said goodbye to listeners on Sunday in a last show that closed with her usual theme tune.')).toEqual([]);
    expect(quotesOf('The striker said farewell to the club after nine seasons.')).toEqual([]);
  });

  test('"said a prayer", "said grace" give nothing', () => {
    expect(quotesOf('The skipper said a prayer for the crew before the trawler left port.')).toEqual([]);
    expect(quotesOf('The family said grace before the meal.')).toEqual([]);
  });

  test('near miss: the word as the subject of a reported clause stays a report', () => {
    const text = 'Okafor said goodbye was the hardest word to write.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'goodbye was the hardest word to write', start: at(text, 'goodbye'),
      speaker: 'Okafor', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
  });

  test('a greeting word modifying the subject of a reported clause keeps the report, even tagged no noun', () => {
    const text = 'Mendel said the hello tour had sold out.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the hello tour had sold out', start: at(text, 'the hello'),
      speaker: 'Mendel', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
    // (Near miss: a greeting to someone is still no report.)
    expect(quotesOf('Mendel said hello to the fans before kickoff.')).toEqual([]);
  });
});
