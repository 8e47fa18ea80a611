import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('the pronoun of a "Speaking to OUTLET" venue read as the quote\'s own pronoun is', () => {
  test('the subject of the sentence before, not the last speaker quoted, is placed with the outlet', () => {
    const text = 'Analyst Petra Lund said the price cut was bold. "They want market share," Lund said.\n\nShares fell 3 percent.\n\nChief executive Mira Sol seemed calm. Speaking to CNBC after the launch, she said investors were impatient.\n\nAnd Lund predicted that rivals would follow.\n\n"Expect a price war," she said.';
    expect(quote(text, 'investors were')).toMatchObject({ type: 'indirect', speaker: 'Mira Sol', speaker_mention: 'she', cue: 'said', outlet: 'CNBC' });
    expect(quote(text, 'rivals would')).toMatchObject({
      text: 'rivals would follow', start: at(text, 'rivals'), type: 'indirect',
      speaker: 'Petra Lund', speaker_mention: 'Lund', speaker_start: at(text, 'Lund predicted'), cue: 'predicted', outlet: null,
    });
    expect(quote(text, 'Expect a price war')).toMatchObject({ type: 'direct', speaker: 'Petra Lund', speaker_mention: 'she', outlet: null });
  });

  test('near miss: the venue\'s own speaker keeps the outlet in her next paragraph', () => {
    const text = 'Chief executive Mira Sol seemed calm. Speaking to CNBC after the launch, she said investors were impatient.\n\n"I have done this for years," she said.';
    expect(quote(text, 'I have done')).toMatchObject({ type: 'direct', speaker: 'Mira Sol', speaker_mention: 'she', cue: 'said', outlet: 'CNBC' });
  });
});
