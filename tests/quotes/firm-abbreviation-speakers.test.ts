import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a firm\'s abbreviation ("Bros.", "Corp.") ends neither the sentence nor the name before a cue', () => {
  test('"Bros." before "said": the firm speaks', () => {
    const text = 'Hallam Bros. said the warehouse would reopen in June.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the warehouse would reopen in June', start: at(text, 'the warehouse'), end: at(text, 'June') + 4,
      speaker: 'Hallam Bros.', speaker_kind: 'organization', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    }]);
  });

  test('a division word after "Bros." stays in the name', () => {
    const text = 'Hallam Bros. Pictures said the sequel was already in production.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the sequel was already in production', start: at(text, 'the sequel'),
      speaker: 'Hallam Bros. Pictures', speaker_kind: 'organization', speaker_start: 0, cue: 'said', outlet: null,
    }]);
  });

  test('near miss: "Bros." at a sentence end before a new subject still ends the sentence', () => {
    const text = 'The lorry was owned by Hallam Bros. The driver said the brakes had failed.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the brakes had failed', start: at(text, 'the brakes'), speaker_mention: 'The driver', cue: 'said', outlet: null,
    }]);
  });

  test('near miss: an ordinary capitalised word after "Inc." opens a new sentence ("Home sales")', () => {
    const text = 'The builder was bought by Larkin Inc. Home sales fell, the agent said.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Home sales fell', start: at(text, 'Home sales'), speaker_mention: 'the agent', cue: 'said' }]);
  });
});
