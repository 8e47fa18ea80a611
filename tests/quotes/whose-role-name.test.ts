import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('", whose ROLE, NAME, said …": the name apposed to the role speaks, not the noun "whose" belongs to', () => {
  test('"the colt Red Harbour, whose trainer, Liam Foley, said …": the trainer reports', () => {
    const text = 'The race went to the colt Red Harbour, whose trainer, Liam Foley, said he was "thrilled with the ride".';
    expect(quote(text, 'thrilled')).toMatchObject({
      type: 'partial', text: 'thrilled with the ride', start: at(text, 'thrilled'), speaker: 'Liam Foley',
      speaker_start: at(text, 'Liam Foley'), cue: 'said', outlet: null,
    });
  });

  test('…and with a plain report', () => {
    const text = 'The award went to the novelist Ana Ruiz, whose publisher, Mark Dent, said sales had doubled.';
    expect(quote(text, 'sales')).toMatchObject({ type: 'indirect', text: 'sales had doubled', start: at(text, 'sales'), speaker: 'Mark Dent', cue: 'said', outlet: null });
  });

  test('near miss: a whose-clause with a verb of its own closes before the cue, and the head speaks', () => {
    const text = 'Ines Duarte, whose firm, Tidewell, runs the ferries, said the timetable would change.';
    expect(quote(text, 'the timetable')).toMatchObject({ type: 'indirect', text: 'the timetable would change', speaker: 'Ines Duarte', cue: 'said' });
  });
});
