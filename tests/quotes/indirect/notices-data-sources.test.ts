import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('painted notices, data sources', () => {
  test('words painted on a notice are the notice\'s, even when a later sentence reports the reader', () => {
    const text = 'Volunteers have painted a notice on the gate of the farm: “Keep dogs on leads.” Okafor said he repeats it to every hiker.';
    expect(quotesOf(text).filter((q) => q.type === 'direct')).toEqual([]);
    expect(quote(text, 'he repeats')).toMatchObject({ type: 'indirect', text: 'he repeats it to every hiker', start: at(text, 'he repeats'), speaker: 'Okafor', cue: 'said' });
  });

  test('"according to OUTLET data": the data are the source, not the outlet', () => {
    const text = 'Prices will rise in June, according to Bloomberg data.';
    expect(quote(text, 'Prices will')).toMatchObject({ type: 'indirect', text: 'Prices will rise in June', start: 0, speaker_mention: 'Bloomberg data', cue: 'according to', outlet: null });
  });

  test('"according to OUTLET" alone keeps the outlet as the source (negative case)', () => {
    const text = 'Prices will rise in June, according to Bloomberg.';
    expect(quote(text, 'Prices will')).toMatchObject({ type: 'indirect', text: 'Prices will rise in June', start: 0, speaker: 'Bloomberg', cue: 'according to', outlet: 'Bloomberg' });
  });
});
