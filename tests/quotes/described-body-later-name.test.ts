import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the company" after one unlisted word as the subject is the body of that kind speaking by name later', () => {
  test('"Minseo has quit the band, the company said. … Sunpeak Entertainment said …" gives the indirect to Sunpeak Entertainment', () => {
    const text = 'Minseo has quit the band, the company said on Monday.\n\n“We thank everyone for their patience,” Sunpeak Entertainment said in a statement.';
    expect(quote(text, 'Minseo has')).toMatchObject({
      type: 'indirect', text: 'Minseo has quit the band', start: 0, speaker: 'Sunpeak Entertainment', speaker_kind: 'organization', speaker_mention: 'the company', speaker_start: at(text, 'the company'), cue: 'said', outlet: null,
    });
  });

  test('negative: with no body speaking later, the one word opening the sentence stays the company ("Veltrix cut …")', () => {
    const text = 'Veltrix cut 200 jobs, the company said on Monday.';
    expect(quote(text, 'Veltrix cut')).toMatchObject({ type: 'indirect', text: 'Veltrix cut 200 jobs', speaker: 'Veltrix', speaker_kind: 'organization', speaker_mention: 'the company', cue: 'said' });
  });
});

describe('"the broadcaster" is the outlet, never the person the news is about', () => {
  test('"Tom Reyes has left the quiz, the broadcaster confirmed. ¶ Channel 4 said …": the report is Channel 4\'s, an outlet', () => {
    const text = 'Tom Reyes has left the quiz, the broadcaster confirmed on Friday.\n\nChannel 4 said he had been offered support.';
    expect(quote(text, 'Tom Reyes has')).toMatchObject({
      type: 'indirect', text: 'Tom Reyes has left the quiz', start: 0, end: at(text, ', the broadcaster'),
      speaker: 'Channel 4 News', speaker_kind: 'outlet', speaker_mention: 'the broadcaster', speaker_start: at(text, 'the broadcaster'), speaker_role: null, cue: 'confirmed', outlet: 'Channel 4 News',
    });
    // (The same outlet as its own report names: the gazetteer's name for "Channel 4".)
    expect(quote(text, 'he had been')).toMatchObject({ speaker: 'Channel 4 News', speaker_mention: 'Channel 4' });
  });

  test('near miss: a description of the outlet later ("The network said") names none, so the description stays', () => {
    const text = 'Tom Reyes has left the quiz, the broadcaster confirmed on Friday.\n\nThe network said he had been offered support.';
    expect(quote(text, 'Tom Reyes has')).toMatchObject({ speaker: 'the broadcaster', speaker_kind: 'organization' });
  });

  test('with no outlet named, the description itself, an organization (not "Tom Reyes")', () => {
    const text = 'Tom Reyes has left the quiz, the broadcaster confirmed on Friday.';
    expect(quote(text, 'Tom Reyes has')).toMatchObject({ speaker: 'the broadcaster', speaker_kind: 'organization', speaker_mention: 'the broadcaster', speaker_role: null, cue: 'confirmed' });
  });

  test('near miss: one named with the job ("the veteran broadcaster Ana Pryce") is the person described', () => {
    const text = 'The veteran broadcaster Ana Pryce has a new radio show. The series will run all summer, the broadcaster said on Friday.';
    expect(quote(text, 'The series')).toMatchObject({ speaker: 'Ana Pryce', speaker_kind: 'person', speaker_mention: 'the broadcaster', cue: 'said' });
  });
});

describe('"the production company" with no body before it: the one of that kind speaking by name in the passage after', () => {
  test('"…, the production company confirmed. ¶ Lanternfield Pictures said …" → Lanternfield Pictures', () => {
    const text = 'The stage musical has dropped its lead dancer, the production company confirmed on Monday.\n\nLanternfield Pictures said that the dancer had left by agreement.';
    expect(quote(text, 'The stage musical')).toMatchObject({
      type: 'indirect', text: 'The stage musical has dropped its lead dancer', start: 0, speaker: 'Lanternfield Pictures', speaker_mention: 'the production company',
      speaker_start: at(text, 'the production company'), speaker_kind: 'organization', cue: 'confirmed', outlet: null,
    });
  });

  test('near miss: no body speaks by name after it; the description stays the speaker', () => {
    const text = 'The stage musical has dropped its lead dancer, the production company confirmed on Monday.\n\nThe dancer said she had left by agreement.';
    expect(quote(text, 'The stage musical')).toMatchObject({ speaker: 'the production company', speaker_mention: 'the production company' });
  });
});
