import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('"GIVEN NAME from PLACE" names a person, not the place', () => {
  test('a caller named by first name and town speaks as the first name', () => {
    const text = 'One listener, who gave his name only as Kevin from Dudley, told the programme that the buses never came.';
    // (The mention is the description or the name given, as the sets differ; the speaker is the name.)
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the buses never came', speaker: 'Kevin', cue: 'told', outlet: null }]);
  });

  test('after an inverted cue', () => {
    const text = '“The buses never came,” said Tracy from Walsall.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', speaker: 'Tracy', speaker_start: text.indexOf('Tracy'), cue: 'said' }]);
  });
});
