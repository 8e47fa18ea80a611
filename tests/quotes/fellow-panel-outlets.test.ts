import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a "fellow pundit" on the broadcast shares its outlet', () => {
  const opening = 'Speaking on Sky Sports F1, Tom Avery said the team had lost its way. ';

  test('"His fellow pundit, NAME, said": the broadcast\'s outlet, as for a co-commentator', () => {
    const text = opening + 'His fellow pundit, Ruth Kale, said the car was the real problem.';
    expect(quote(text, 'the car')).toMatchObject({
      text: 'the car was the real problem', type: 'indirect', start: at(text, 'the car'),
      speaker: 'Ruth Kale', speaker_mention: 'Ruth Kale', speaker_start: at(text, 'Ruth Kale'), cue: 'said', cue_start: at(text, 'said the car'), outlet: 'Sky Sports F1',
    });
    expect(quote(text, 'the team')).toMatchObject({ speaker: 'Tom Avery', outlet: 'Sky Sports F1' });
  });

  test('"Fellow commentator NAME" too', () => {
    const text = opening + 'Fellow commentator Ruth Kale said the car was the real problem.';
    expect(quote(text, 'the car')).toMatchObject({ speaker: 'Ruth Kale', cue: 'said', outlet: 'Sky Sports F1' });
  });

  test('near miss: a pundit not called a fellow is not placed on the broadcast', () => {
    const text = opening + 'The pundit Ruth Kale said the car was the real problem.';
    expect(quote(text, 'the car')).toMatchObject({ speaker: 'Ruth Kale', cue: 'said', outlet: null });
  });
});
