import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"Police in PLACE said …": a force or body noun, then where it serves, speaks as "police said" does', () => {
  test('the whole phrase is the body; the place after "in" is no person', () => {
    const text = 'Police in Harlow Township said the van had been stolen overnight.';
    expect(quote(text, 'the van')).toMatchObject({
      type: 'indirect', text: 'the van had been stolen overnight', start: at(text, 'the van'),
      speaker: 'Police in Harlow Township', speaker_kind: 'organization', speaker_mention: 'Police in Harlow Township',
      speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('in small letters after the quote, and with "the" before the place', () => {
    const text = 'The van had been stolen overnight, state police in Ohio said.';
    expect(quote(text, 'The van')).toMatchObject({
      type: 'indirect', speaker: 'state police in Ohio', speaker_kind: 'organization', speaker_start: at(text, 'state police'), cue: 'said', outlet: null,
    });
    const bronx = 'Police in the Bronx said the van had been stolen.';
    expect(quote(bronx, 'the van')).toMatchObject({ speaker: 'Police in the Bronx', speaker_kind: 'organization', speaker_start: 0, cue: 'said' });
  });

  test('near miss: a person noun before "in" stays an unnamed description ("Officials in Ohio")', () => {
    const text = 'Officials in Harlow Township said the van had been stolen.';
    expect(quote(text, 'the van')).toMatchObject({
      type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Officials in Harlow Township', speaker_start: 0, cue: 'said',
    });
  });
});
