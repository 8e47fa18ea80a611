import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "X was told by Y that …", "X heard / learned from Y that …": Y said the that-clause, X only heard it.
// (frame.ts marks the frame as the teller's; roles.ts tellerDescribed resolves a description of Y.)

describe('a description of the one who told is a different person from the one who heard it', () => {
  test('"said he was told by the mayor that … “…”": the mayor named earlier speaks the partial', () => {
    const text = 'Mayor Ana Kell cut the ribbon at the depot. Tom Ruiz said he was told by the mayor that the cuts were “unavoidable.”';
    expect(quote(text, 'unavoidable')).toMatchObject({
      text: 'unavoidable.', type: 'partial', speaker: 'Ana Kell', speaker_mention: 'the mayor', speaker_start: at(text, 'the mayor that'),
      cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('with no mayor named, "the mayor" stays a description: never Ruiz, who heard it and reports it', () => {
    const text = 'Tom Ruiz said he was told by the mayor that the cuts were “unavoidable.”';
    expect(quote(text, 'unavoidable')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'the mayor', speaker_kind: 'anonymous', cue: 'told' });
  });

  test('a hearer who holds the role is passed over for another holder: "Brandt said he was told by the senator …"', () => {
    const text = 'Sen. Ivo Brandt and Sen. Carla Soto met in the cloakroom on Friday. Brandt said he was told by the senator that the vote was “a long shot.”';
    expect(quote(text, 'a long shot')).toMatchObject({ type: 'partial', speaker: 'Carla Soto', speaker_mention: 'the senator', cue: 'told' });
  });

  test('a hearer named only by a pronoun is passed over too: "Mayor Tom Ruiz … He was told by the mayor …"', () => {
    const text = 'Mayor Tom Ruiz cut the ribbon at the depot. He was told by the mayor that the cuts were “unavoidable.”';
    expect(quote(text, 'unavoidable')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'the mayor', cue: 'told' });
  });
});
