import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('", and NAME VERBed …": another person\'s act ends the report', () => {
  test('"told them that A, and Ashby backed him" ends at A', () => {
    const text = 'Delgado told them often that the city needed more ferries, and Brannock supported him.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the city needed more ferries', start: at(text, 'the city'), end: at(text, ', and'),
      speaker: 'Delgado', speaker_mention: 'Delgado', cue: 'told', cue_start: at(text, 'told'), outlet: null,
    }]);
  });

  test('a pronoun and a past act: ", and she left the firm"', () => {
    const text = 'Delgado said the shipyard was broke, and she left the firm in May.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the shipyard was broke', start: at(text, 'the shipyard'), speaker: 'Delgado', cue: 'said', outlet: null }]);
  });

  test('near miss: a common-noun subject stays in the report', () => {
    const text = 'Delgado said that rents rose, and wages fell.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'rents rose, and wages fell', start: at(text, 'rents'), speaker: 'Delgado', cue: 'said' }]);
  });

  test('near miss: a named person\'s act that is no reaction stays in the report', () => {
    const text = 'Officers said Varga reached the pier at noon, and Lindqvist joined her an hour later.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'Varga reached the pier at noon, and Lindqvist joined her an hour later', start: at(text, 'Varga'), end: at(text, ' later') + ' later'.length,
      speaker: 'Officers', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
  });

  test('a reaction verb from the list: ", and Brannock objected" ends the report', () => {
    const text = 'Delgado told the board that the ferry fares were too low, and Brannock objected.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the ferry fares were too low', start: at(text, 'the ferry'), end: at(text, ', and'),
      speaker: 'Delgado', cue: 'told', cue_start: at(text, 'told'), outlet: null,
    }]);
  });
});
