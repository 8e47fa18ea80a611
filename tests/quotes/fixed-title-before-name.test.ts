import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a fixed title with a small joining word ("in Charge", "of State") before a name is the whole role', () => {
  test('"said Special Agent in Charge Lena Morrow": the named agent speaks, with the whole title as role', () => {
    const text = '"Every lead will be followed to the end," said Special Agent in Charge Lena Morrow.';
    const q = 'Every lead will be followed to the end,';
    expect(quote(text, q)).toMatchObject({
      type: 'direct', text: q, start: at(text, q), end: at(text, q) + q.length, speaker: 'Lena Morrow', speaker_mention: 'Lena Morrow',
      speaker_start: at(text, 'Lena Morrow'), speaker_kind: 'person', speaker_role: 'special agent in charge', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"said Secretary of State Omar Felding": the role keeps "of state"', () => {
    const text = 'The talks would resume in spring, said Secretary of State Omar Felding.';
    const q = 'The talks would resume in spring';
    expect(quote(text, q)).toMatchObject({
      type: 'indirect', text: q, start: at(text, q), speaker: 'Omar Felding', speaker_start: at(text, 'Omar Felding'), speaker_kind: 'person',
      speaker_role: 'secretary of state', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: "said an agent in Denver" stays an unnamed agent described by a place', () => {
    const text = '"Every lead will be followed to the end," said an agent in Denver.';
    const q = 'Every lead will be followed to the end,';
    expect(quote(text, q)).toMatchObject({
      type: 'direct', text: q, start: at(text, q), speaker: null, speaker_mention: 'an agent', speaker_kind: 'anonymous', speaker_role: 'agent', cue: 'said', outlet: null,
    });
  });
});
