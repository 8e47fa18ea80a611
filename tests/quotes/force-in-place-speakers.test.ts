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

  test('a body noun inside "for the … campaign" is no force heading the phrase: the person described speaks', () => {
    const text = 'A volunteer for the campaign in Harlow Township said the doors opened at nine.';
    expect(quote(text, 'the doors')).toMatchObject({
      type: 'indirect', text: 'the doors opened at nine', start: at(text, 'the doors'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A volunteer for the campaign in Harlow Township', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('a capitalised name before the body noun ("the Okafor campaign") keeps the person described, not the place', () => {
    const text = 'A former field organiser for the Okafor campaign in Dayton said the office had closed.';
    expect(quote(text, 'the office')).toMatchObject({
      type: 'indirect', text: 'the office had closed', start: at(text, 'the office'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A former field organiser for the Okafor campaign in Dayton', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: the body noun opening the phrase is still the body ("The government in Kabul")', () => {
    const text = 'The government in Kabul said the talks had failed.';
    expect(quote(text, 'the talks')).toMatchObject({
      type: 'indirect', text: 'the talks had failed', start: at(text, 'the talks'), speaker: 'The government in Kabul', speaker_kind: 'organization',
      speaker_mention: 'The government in Kabul', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });
});
