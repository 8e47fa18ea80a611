import { describe, expect, test } from 'vitest';
import { lookupOutlet } from '../../src/entities/outlets.js';
import { at, quote } from '../helpers/quotes.js';

describe('an outlet name that is also an ordinary noun needs its capital', () => {
  test('"the insider" in small letters is an anonymous source, not Business Insider', () => {
    const text = 'A friend of the singer was upbeat. “She has never been happier,” the insider told People.';
    expect(quote(text, 'She has never')).toMatchObject({
      type: 'direct', speaker: null, speaker_mention: 'the insider', speaker_start: at(text, 'the insider'), speaker_kind: 'anonymous', cue: 'told', outlet: 'People',
    });
  });

  test('small-letter nouns are no outlets', () => {
    for (const word of ['insider', 'the insider', 'guardian', 'mirror', 'economist']) expect(lookupOutlet(word)).toBeNull();
  });

  test('the same names with their capitals still are (negative case)', () => {
    expect(lookupOutlet('Insider')).toBe('Business Insider');
    expect(lookupOutlet('the Guardian')).toBe('The Guardian');
    expect(lookupOutlet('The Economist')).toBe('The Economist');
    expect(lookupOutlet('INDIEWIRE')).toBe('IndieWire');
  });
});
