import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

// "According to X, which …, CLAUSE": a "which" clause on a paper or body describes the source, as "who" does a person's;
// the content starts after it.
describe('a "which" clause on the source of "according to"', () => {
  test('an outlet that reported first', () => {
    const text = 'According to the Harbour Gazette, which obtained the memo, the port will close two berths in March.';
    expect(quote(text, 'the port')).toMatchObject({
      type: 'indirect', text: 'the port will close two berths in March', start: at(text, 'the port'),
      speaker: 'The Harbour Gazette', speaker_mention: 'the Harbour Gazette', cue: 'According to', cue_start: 0, outlet: 'The Harbour Gazette',
    });
  });

  test('a document', () => {
    const text = 'According to the audit, which covered three years, spending rose by a third.';
    expect(quote(text, 'spending')).toMatchObject({ type: 'indirect', text: 'spending rose by a third', speaker_mention: 'the audit', cue: 'According to' });
  });

  test('near miss: a "which" clause on the content\'s own subject stays in the content', () => {
    const text = 'According to the Harbour Gazette, the council, which met on Monday, approved the berth closures.';
    expect(quote(text, 'the council')).toMatchObject({ type: 'indirect', text: 'the council, which met on Monday, approved the berth closures', speaker_mention: 'the Harbour Gazette' });
  });
});
