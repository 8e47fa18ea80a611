import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a condition suffered as the object of "report" is no report (indirect/suffered-conditions.ts)', () => {
  test('"X said workers had reported injuries including A, and that B": X\'s two clauses, no workers\' report', () => {
    const text = 'Port officials said four dockworkers had reported injuries including sprains and bruises, and that the crane had been taken out of service.';
    expect(quotesOf(text)).toHaveLength(2);
    expect(quote(text, 'four dockworkers')).toMatchObject({
      text: 'four dockworkers had reported injuries including sprains and bruises',
      type: 'indirect', start: at(text, 'four dockworkers'), end: at(text, ', and that'),
      speaker_mention: 'Port officials', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(quote(text, 'the crane')).toMatchObject({
      text: 'the crane had been taken out of service', type: 'indirect', start: at(text, 'the crane'), end: text.length - 1,
      speaker_mention: 'Port officials', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"Passengers reported injuries including A": no report at all', () => {
    expect(quotesOf('Several passengers reported injuries including sprains and bruises.')).toHaveLength(0);
  });

  test('near miss: "reported that" a clause is still the workers\' report', () => {
    const text = 'Port officials said four dockworkers had reported that the crane was unsafe.';
    expect(quote(text, 'the crane')).toMatchObject({
      text: 'the crane was unsafe', type: 'indirect', start: at(text, 'the crane'),
      speaker_mention: 'four dockworkers', cue: 'reported', cue_start: at(text, 'reported'), outlet: null,
    });
  });
});
