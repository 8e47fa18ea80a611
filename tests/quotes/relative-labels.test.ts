import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a label in a relative clause is its own subject\'s: "the curfew she had once called “…”"', () => {
  test('the clause\'s pronoun speaks, resolved to the one asked about, not the one asking', () => {
    const text = 'Peter Vale wanted to know if Mara Lund still backed the curfew she once called “heartless.”';
    expect(quote(text, 'heartless')).toMatchObject({
      text: 'heartless.', type: 'partial', start: at(text, 'heartless'), speaker: 'Mara Lund', speaker_mention: 'she',
      speaker_start: at(text, 'she once'), cue: 'called', cue_start: at(text, 'called'),
    });
  });

  test('"which she described as “…”" the same', () => {
    const text = 'Peter Vale pressed Mara Lund on the curfew, which she had described as “heartless.”';
    expect(quote(text, 'heartless')).toMatchObject({ speaker: 'Mara Lund', speaker_mention: 'she', cue: 'described' });
  });

  test('near miss: a label with its object named stays with the main clause\'s report', () => {
    const text = 'Peter Vale said Mara Lund had once called the curfew “heartless.”';
    expect(quote(text, 'heartless')).toMatchObject({ speaker: 'Peter Vale', cue: 'said' });
  });

  test('a pronoun subject of the label is the lone surname subject of the clause it hangs on', () => {
    const text = 'Journalists wanted to know whether Halvorsen still backed the toll he once called “daylight robbery.”';
    expect(quote(text, 'daylight')).toMatchObject({
      text: 'daylight robbery.', type: 'partial', start: at(text, 'daylight'), speaker: 'Halvorsen', speaker_kind: 'person',
      speaker_mention: 'he', speaker_start: at(text, 'he once'), speaker_end: at(text, 'he once') + 2, cue: 'called', cue_start: at(text, 'called'),
    });
  });

  test('negative: a "she" does not take a host subject with a man\'s given name', () => {
    const text = 'Journalists wanted to know whether Tom Halvorsen still backed the toll she once called “daylight robbery.”';
    expect(quote(text, 'daylight')).toMatchObject({ speaker: null, speaker_mention: 'she', cue: 'called' });
  });
});
