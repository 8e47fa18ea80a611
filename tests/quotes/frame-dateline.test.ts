import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('datelines of news agencies', () => {
  test.each([
    ['ROME (ANSA) - '],
    ['TOKYO (Kyodo) — '],
    ['MOSCOW (ITAR-TASS) - '],
    ['BERLIN (dpa) - '],
  ])('the content reported after "%s" starts after the dateline', (dateline) => {
    const text = `${dateline}The harbour would reopen on Monday, Mara Okafor said.`;
    expect(quote(text, 'The harbour')).toMatchObject({
      type: 'indirect', text: 'The harbour would reopen on Monday', start: at(text, 'The harbour'),
      speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: at(text, 'Mara'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a bracket holding no agency makes no dateline: the content keeps it', () => {
    const text = 'Port Elwin (Mara Okafor) - The harbour would reopen on Monday, officials said.';
    expect(quote(text, 'Port Elwin')).toMatchObject({ type: 'indirect', start: 0, cue: 'said' });
  });
});
