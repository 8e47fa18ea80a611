import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a sentence subject does not run on through a possessive after a noun', () => {
  test('"Okafor addresses her brother …, and writes that …": the coordinated cue takes Okafor', () => {
    const text = 'Okafor addresses her brother directly, and writes that she does not expect a reply.';
    expect(quote(text, 'she does')).toMatchObject({
      type: 'indirect', text: 'she does not expect a reply', start: at(text, 'she does'),
      speaker: 'Okafor', speaker_mention: 'Okafor', speaker_start: 0, speaker_kind: 'person', cue: 'writes', cue_start: at(text, 'writes'),
    });
  });

  test('an organisation subject the same way ("The council plans its budget …, and says …")', () => {
    const text = 'The council plans its budget early, and says the cuts will be small.';
    expect(quote(text, 'the cuts')).toMatchObject({ speaker_mention: 'The council', speaker_start: 0, cue: 'says' });
  });

  test('a preposition before the possessive keeps the whole description ("The mother of her friend")', () => {
    const text = 'The mother of her friend spoke first, and said the road was closed.';
    expect(quote(text, 'the road')).toMatchObject({ speaker_mention: 'The mother', speaker_start: 0, cue: 'said' });
  });
});
