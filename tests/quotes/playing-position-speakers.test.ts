import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a sport\'s position that is also an ordinary word ("Center", "Guard") before a full name is the player\'s role', () => {
  test('capitalised as the sentence opens, before a given name no list knows', () => {
    const text = 'Center Dashon Pryce said the locker room had lost faith.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the locker room had lost faith', start: at(text, 'the locker'), speaker: 'Dashon Pryce', speaker_kind: 'person',
      speaker_mention: 'Dashon Pryce', speaker_start: at(text, 'Dashon'), speaker_end: at(text, ' said'), speaker_role: 'center', cue: 'said', outlet: null,
    }]);
  });

  test('before a known given name', () => {
    const text = 'Guard Maria Lund said the defence had to improve.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the defence had to improve', speaker: 'Maria Lund', speaker_start: at(text, 'Maria'), speaker_role: 'guard', cue: 'said', outlet: null }]);
  });

  test('near miss: a body\'s name opening with the word stays whole', () => {
    const text = 'Center Court Partners said the arena deal was off.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the arena deal was off', speaker: 'Center Court Partners', speaker_kind: 'organization', speaker_start: 0, cue: 'said' }]);
  });
});
