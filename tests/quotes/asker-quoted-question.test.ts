import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"When NAME asked “…?”": the question quoted as the asking verb\'s object is the asker\'s', () => {
  test('the quotation right after "asked" in an opening "when" clause', () => {
    const text = 'When Halloran asked “Did the crew know?”, the captain looked away.';
    expect(quote(text, 'Did the crew')).toMatchObject({
      type: 'direct', text: 'Did the crew know?', start: at(text, 'Did the crew'), end: at(text, 'know?') + 'know?'.length,
      speaker: 'Halloran', speaker_start: at(text, 'Halloran'), cue: 'asked', cue_start: at(text, 'asked'), outlet: null,
    });
  });

  test('… also over a comma after the verb', () => {
    const text = 'When Halloran asked, “Did the crew know?” the captain looked away.';
    expect(quote(text, 'Did the crew')).toMatchObject({ type: 'direct', text: 'Did the crew know?', speaker: 'Halloran', cue: 'asked', cue_start: at(text, 'asked') });
  });

  test('an answer after the "when" clause\'s comma is still not the asker\'s (negative case)', () => {
    const text = 'When Halloran asked whether the crew knew, the captain shrugged: “Nobody told them.”';
    expect(quote(text, 'Nobody told')).toMatchObject({ type: 'direct', text: 'Nobody told them.', cue: 'shrugged', cue_start: at(text, 'shrugged') });
    expect(quote(text, 'Nobody told').speaker_mention).not.toBe('Halloran');
  });
});
