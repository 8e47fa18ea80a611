import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"starting out" is beginning a career, no cue (cues.json not_cues_when_followed_by)', () => {
  test('a partial after a told-that clause with "a nurse starting out" in it is the teller\'s', () => {
    const text = 'The nurses\' representative, Ana Beltrán Soto, told a rally outside the Health Ministry that a nurse starting out now earned about 900 dollars a month, “less than a cleaner at the airport”.';
    expect(quote(text, 'less than')).toMatchObject({
      type: 'partial', text: 'less than a cleaner at the airport', start: at(text, 'less than'),
      speaker: 'Ana Beltrán Soto', cue: 'told', cue_start: at(text, 'told'), outlet: null,
    });
  });

  test('"started" alone before a quotation still cues it (negative case)', () => {
    const text = '“Well, where do I begin,” Tomas Reyes started.';
    expect(quote(text, 'Well')).toMatchObject({ type: 'direct', speaker: 'Tomas Reyes', cue: 'started' });
  });
});
