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
