import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a that-only cue read as a noun, closing its sentence after a comma and its subject', () => {
  test('"…, the filing states." reports the clause before it, the filing speaking', () => {
    const text = 'Mara Okafor filed for divorce in Port Elwin in March. Okafor is seeking joint custody of the children, the filing states.';
    expect(quote(text, 'Okafor is seeking')).toMatchObject({
      type: 'indirect', text: 'Okafor is seeking joint custody of the children', speaker_mention: 'the filing',
      speaker_start: at(text, 'the filing states'), cue: 'states',
    });
  });

  test('"…, the agency estimates."', () => {
    const text = 'The new pier will cost $4 million, the agency estimates.';
    expect(quote(text, 'The new pier')).toMatchObject({ type: 'indirect', speaker_mention: 'the agency', cue: 'estimates' });
  });

  test('"states" as a plural noun at the end of a sentence reports nothing', () => {
    expect(quotesOf('The ferry rule was signed by the governors of the two states.')).toEqual([]);
  });
});
