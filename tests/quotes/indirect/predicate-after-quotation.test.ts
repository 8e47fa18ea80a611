import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a second reported predicate after a quotation: "said it was “…” and would B"', () => {
  test('the partial and an indirect of the second predicate from its auxiliary, same speaker and cue', () => {
    const text = 'The ferry operator said that it was “shocked” by the ruling and would review its timetable.';
    expect(quote(text, 'shocked')).toMatchObject({ type: 'partial', text: 'shocked', speaker_mention: 'The ferry operator', cue: 'said', outlet: null });
    expect(quote(text, 'would review')).toMatchObject({
      type: 'indirect', text: 'would review its timetable', start: at(text, 'would review'), end: at(text, 'timetable') + 'timetable'.length,
      speaker_mention: 'The ferry operator', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a moved-back perfect and a short predicate: "had “…” and had cut B", "and would appeal"', () => {
    const text = 'Mayor Ruth Calder said the council had “no money left” and had cut library hours in May.';
    expect(quote(text, 'had cut')).toMatchObject({ type: 'indirect', text: 'had cut library hours in May', speaker: 'Ruth Calder', cue: 'said' });
    const short = 'The league said it was “deeply troubled” and would appeal.';
    expect(quote(short, 'would appeal')).toMatchObject({ type: 'indirect', text: 'would appeal', speaker: 'The league', cue: 'said' });
  });

  test('near miss: the speaker\'s own next act after the quotation, with no auxiliary, is not reported', () => {
    const text = 'She said the hall was “a mess” and left the room.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['partial']);
  });

  test('near miss: a second predicate holding its own quotation is a second partial, no indirect', () => {
    const text = 'The league said it was “deeply troubled” and would “fight on”.';
    expect(quotesOf(text).map((q) => [q.type, q.text])).toEqual([['partial', 'deeply troubled'], ['partial', 'fight on']]);
  });
});
