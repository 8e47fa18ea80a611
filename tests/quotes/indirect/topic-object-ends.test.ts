import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('a topic object ends before ", and" and a new clause', () => {
  test('"complain about X, and producer Y is refusing …" keeps X only', () => {
    const text = 'The finale aired on Sunday, with viewers taking to social media to complain about the ending of the series, and producer Tom Reyes is refusing to budge.';
    const q = quote(text, 'the ending');
    expect(q).toMatchObject({ text: 'the ending of the series', type: 'indirect', speaker_mention: 'viewers', cue: 'complain about', outlet: null });
    expect(q.start).toBe(at(text, 'the ending'));
    expect(q.end).toBe(at(text, ', and producer'));
  });

  test('near miss: a list of topics joined by ", and" with no verb stays whole', () => {
    const text = 'Riders complained about the fares, and the delays.';
    expect(quote(text, 'the fares')).toMatchObject({ text: 'the fares, and the delays', cue: 'complained about' });
  });
});
