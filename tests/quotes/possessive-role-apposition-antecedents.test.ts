import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name in apposition after a role owned by a possessive noun is a pronoun\'s antecedent', () => {
  test('"Norland’s skipper, Sam Tovey, was …. He said …": Sam Tovey', () => {
    const text = 'Norland’s skipper, Sam Tovey, was calm after the draw. He said the pitch had been poor.';
    expect(quote(text, 'the pitch had been poor')).toMatchObject({
      type: 'indirect', text: 'the pitch had been poor', start: at(text, 'the pitch'), end: at(text, 'the pitch') + 'the pitch had been poor'.length,
      speaker: 'Sam Tovey', speaker_mention: 'He', speaker_start: at(text, 'He said'), cue: 'said', outlet: null,
    });
  });

  test('"the club’s manager, Sam Tovey, was …": a common noun owns the role too, over an earlier speaker', () => {
    const text = '“We were the better side,” Ben Ruddock said. The club’s manager, Sam Tovey, was calm after the draw. He said the pitch had been poor.';
    expect(quote(text, 'the pitch had been poor')).toMatchObject({ type: 'indirect', speaker: 'Sam Tovey', speaker_mention: 'He', speaker_start: at(text, 'He said'), cue: 'said' });
  });

  test('near miss: no role before the comma ("Norland’s win, Sam Tovey …") leaves the pronoun to the speaker before', () => {
    const text = '“We were the better side,” Ben Ruddock said. After Norland’s win over Sam Tovey’s side, the ground emptied. He said the pitch had been poor.';
    expect(quote(text, 'the pitch had been poor')).toMatchObject({ speaker: 'Ben Ruddock', speaker_mention: 'He' });
  });
});
