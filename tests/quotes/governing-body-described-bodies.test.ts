import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "the governing body" takes up a sport's governing body named before, as "the federation" takes up a federation:
// one whose name says it governs (a kind word, or a nation's or the world's name beside a sport's).
describe('"the governing body" stands for the governing body named before', () => {
  test('"World Rowing said … “…,” the governing body said": World Rowing', () => {
    const text = 'World Rowing said on Tuesday that it had suspended the regatta. “Safety comes first,” the governing body said in a statement.';
    expect(quote(text, 'Safety comes first')).toMatchObject({
      type: 'direct', text: 'Safety comes first,', start: at(text, 'Safety'), speaker: 'World Rowing', speaker_mention: 'the governing body',
      speaker_start: at(text, 'the governing body'), speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('a name with a kind word: "the Pan-Coastal Canoe Federation" … "the governing body"', () => {
    const text = 'The Pan-Coastal Canoe Federation said it would review the result. “We take this seriously,” the governing body said.';
    expect(quote(text, 'We take this')).toMatchObject({ type: 'direct', speaker: 'Pan-Coastal Canoe Federation', speaker_mention: 'the governing body', speaker_kind: 'organization', cue: 'said' });
  });

  test('negative: a company named before is no governing body', () => {
    const text = 'Harbour Motors said on Tuesday that it had recalled the cars. “Safety comes first,” the governing body said.';
    expect(quote(text, 'Safety comes first')).toMatchObject({ speaker: 'the governing body', speaker_mention: 'the governing body' });
  });
});
