import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"he said, as quoted by OUTLET": the outlet is the medium, never the speaker', () => {
  test('after the speaker\'s own cue the phrase names the outlet of both halves of the quotation', () => {
    const text = 'Daniel Mensink gave an interview to the Guardian. “Patience,” he said, as quoted by the daily. “We will keep every depot open.”';
    expect(quote(text, 'Patience')).toMatchObject({
      text: 'Patience,', type: 'direct', start: at(text, 'Patience'), speaker: 'Daniel Mensink', speaker_mention: 'he', speaker_start: at(text, 'he said'),
      cue: 'said', cue_start: at(text, 'said,'), outlet: 'Guardian',
    });
    expect(quote(text, 'We will keep')).toMatchObject({
      text: 'We will keep every depot open.', type: 'direct', speaker: 'Daniel Mensink', speaker_mention: 'he', cue: 'said', outlet: 'Guardian',
    });
    expect(quotesOf(text).filter((q) => q.cue === 'as quoted by')).toHaveLength(0);
  });

  test('a name and "told" before the comma are the frame too', () => {
    const text = '“Not this year,” Daniel Mensink told reporters, as quoted by the Guardian.';
    expect(quote(text, 'Not this year')).toMatchObject({ speaker: 'Daniel Mensink', speaker_mention: 'Daniel Mensink', cue: 'told', outlet: 'Guardian' });
  });

  test('near miss: "as quoted by" with no cue of the speaker\'s own before it still frames the quotation', () => {
    const text = 'The minister was blunt. “We will not retreat,” as quoted by the Guardian.';
    expect(quote(text, 'We will not')).toMatchObject({ speaker_mention: 'the Guardian', cue: 'as quoted by' });
  });
});
