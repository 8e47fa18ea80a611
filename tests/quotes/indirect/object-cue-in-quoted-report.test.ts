import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('an object cue whose subject opens a report cue\'s clause is inside that report', () => {
  test('"said she planned to …" with a quoted fragment later in the clause gives the partial only', () => {
    const text = 'Okonjo said she hoped to coach a youth team in Lagos and would "perhaps, someday" write a memoir.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'perhaps')).toMatchObject({
      type: 'partial', text: 'perhaps, someday', start: at(text, 'perhaps'), speaker: 'Okonjo',
      speaker_kind: 'person', speaker_mention: 'Okonjo', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('near miss: an object cue opening its own sentence still reports', () => {
    const text = 'Okonjo hoped to coach a youth team in Lagos, her agent said.';
    expect(quote(text, 'Okonjo')).toMatchObject({
      type: 'indirect', text: 'Okonjo hoped to coach a youth team in Lagos', start: 0, speaker: null,
      speaker_kind: 'anonymous', speaker_mention: 'her agent', speaker_start: at(text, 'her agent'), cue: 'said', outlet: null,
    });
  });

  test('near miss: an object cue coordinated with the report cue, its subject shared, still reports', () => {
    const text = 'Strikers said they wanted "a fair deal," but pledged to keep the buses running.';
    expect(quote(text, 'to keep')).toMatchObject({
      type: 'indirect', text: 'to keep the buses running', start: at(text, 'to keep'), speaker: 'Strikers',
      speaker_kind: 'anonymous', speaker_mention: 'they', speaker_start: at(text, 'they'), cue: 'pledged', outlet: null,
    });
  });
});
