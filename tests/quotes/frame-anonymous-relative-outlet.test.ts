import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('the outlet a relative clause on an unnamed source names (frame.ts anonymousSourceRelative)', () => {
  test('"Three nurses, who spoke to the Guardian on condition of anonymity because …, said": the outlet however long the clause', () => {
    const text = 'Three nurses, who spoke to the Guardian on condition of anonymity because they were not permitted to talk to reporters, said the ward had been closed for a week.';
    expect(quote(text, 'the ward')).toMatchObject({ text: 'the ward had been closed for a week', type: 'indirect', start: at(text, 'the ward'), speaker: null, speaker_mention: 'Three nurses', cue: 'said', outlet: 'Guardian' });
  });

  test('a named speaker\'s long relative clause lends no outlet to a later statement (negative case)', () => {
    const text = 'Ann Ruiz, who told CNN in 2019 that she would never run for office and who later changed her mind, said on Monday that she would run.';
    expect(quote(text, 'she would run')).toMatchObject({ type: 'indirect', speaker: 'Ann Ruiz', cue: 'said', outlet: null });
  });
});
