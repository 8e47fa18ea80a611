import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a description before its cue never stands for a person named only after it', () => {
  test('"The trainer thanked NAME, then said …": the trainer is no one named, not the one thanked', () => {
    const text = 'The trainer thanked Joel Marsh, then said the squad needed “a long break.”';
    expect(quote(text, 'a long break')).toMatchObject({
      type: 'partial', text: 'a long break.', start: at(text, 'a long break'),
      speaker: null, speaker_mention: 'The trainer', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"The governor toured the town where NAME was born, then said …": a name in a relative clause is no antecedent', () => {
    const text = 'The governor toured the town where Ruth Amos was born, then said it deserved “far more help.”';
    expect(quote(text, 'far more help')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'The governor', cue: 'said' });
  });

  test('one named before the description still resolves it', () => {
    const text = 'Joel Marsh took the job in May. The trainer praised the players, then said the squad needed “a long break.”';
    expect(quote(text, 'a long break')).toMatchObject({ type: 'partial', speaker: 'Joel Marsh', speaker_mention: 'The trainer', cue: 'said' });
  });
});
