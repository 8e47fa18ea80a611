import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"OUTLET quoted her as saying", "quoted an aide to the senator as saying": the object speaks, not the outlet (quoted-object.ts)', () => {
  test('an object pronoun is resolved like a pronoun speaker, in an indirect report', () => {
    const text = 'Dr. Elena Marsh spoke on Monday. The Boston Globe quoted her as saying the budget would be cut.';
    expect(quote(text, 'the budget')).toMatchObject({
      type: 'indirect', text: 'the budget would be cut', start: at(text, 'the budget'), end: at(text, 'cut') + 3,
      speaker: 'Elena Marsh', speaker_kind: 'person', speaker_mention: 'her', cue: 'saying', cue_start: at(text, 'saying'), outlet: 'The Boston Globe',
    });
  });

  test('… and after a direct quotation', () => {
    const text = 'Dr. Elena Marsh spoke on Monday. “We will not retreat,” the Boston Globe quoted her as saying.';
    expect(quote(text, 'We will not')).toMatchObject({
      type: 'direct', text: 'We will not retreat,', start: at(text, 'We will not'), end: at(text, '”'),
      speaker: 'Elena Marsh', speaker_mention: 'her', cue: 'saying', outlet: 'The Boston Globe',
    });
  });

  test('a description closed by a prepositional phrase is the whole anonymous mention', () => {
    const text = 'The Guardian quoted a senior adviser to the minister as saying the plan would be delayed.';
    expect(quote(text, 'the plan')).toMatchObject({
      type: 'indirect', text: 'the plan would be delayed', start: at(text, 'the plan'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'a senior adviser to the minister', speaker_start: at(text, 'a senior'), cue: 'saying', outlet: 'The Guardian',
    });
    const direct = '“The vote will slip,” Reuters quoted a senior adviser to the mayor as saying.';
    expect(quote(direct, 'The vote')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'a senior adviser to the mayor', cue: 'saying', outlet: 'Reuters' });
  });

  test('near miss: a possessive before a noun ("quoted her report as saying") is no object pronoun, the outlet stays', () => {
    const text = 'Dr. Elena Marsh spoke on Monday. The Guardian quoted her report as saying the plan would be delayed.';
    expect(quote(text, 'the plan')).toMatchObject({ type: 'indirect', text: 'the plan would be delayed', speaker: 'The Guardian', cue: 'saying', outlet: 'The Guardian' });
  });
});
