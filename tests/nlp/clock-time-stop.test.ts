import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { clockTimeBeforeGluedStop } from '../../src/nlp/clock-time-stop.js';

describe('a clock time glued to its full stop ends the sentence before a quotation', () => {
  test('"7pm." before a quotation: the report before keeps its indirect, the quotation its own', () => {
    const text = 'Tomas Ferreira, 52, said the power went out across the street at 7pm. "Nobody warned us," he said.';
    expect(quote(text, 'the power')).toMatchObject({
      type: 'indirect', text: 'the power went out across the street at 7pm', start: at(text, 'the power'), end: at(text, '7pm') + 3,
      speaker: 'Tomas Ferreira', speaker_kind: 'person', speaker_mention: 'Tomas Ferreira', speaker_start: 0, cue: 'said', outlet: null,
    });
    expect(quote(text, 'Nobody')).toMatchObject({
      type: 'direct', text: 'Nobody warned us,', start: at(text, 'Nobody'), speaker: 'Tomas Ferreira', speaker_mention: 'he', cue: 'said', outlet: null,
    });
  });

  test('minutes with a dot or a colon', () => {
    expect(clockTimeBeforeGluedStop('10.30pm.', '“')).toBeDefined();
    expect(clockTimeBeforeGluedStop('6:45AM.', 'The')).toBeDefined();
    expect(clockTimeBeforeGluedStop('7pm.', undefined)).toBeDefined();
  });

  test('near miss: before a small letter the full stop is the abbreviation\'s, and the sentence runs on', () => {
    expect(clockTimeBeforeGluedStop('9am.', 'on')).toBeUndefined();
    expect(clockTimeBeforeGluedStop('Inc.', 'The')).toBeUndefined();
    const text = 'Ferreira said the shop opens at 9am. on weekdays.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue])).toEqual([['indirect', 'the shop opens at 9am. on weekdays', 'Ferreira', 'said']]);
  });
});
