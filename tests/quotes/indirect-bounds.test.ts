import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('where reported content ends', () => {
  test('an object ends before ", but" and a clause with its own subject: "X criticized A, but Y …"', () => {
    const text = 'The vote is next week. Councillor Rita Voss criticized the ferry levy on Monday, but the pilots union defended it.';
    expect(quote(text, 'the ferry levy')).toMatchObject({
      type: 'indirect', text: 'the ferry levy on Monday', speaker: 'Rita Voss', speaker_mention: 'Rita Voss', cue: 'criticized', cue_start: at(text, 'criticized'),
    });
  });

  test('… not before ", but" and no clause: "X criticized A, but not B" is one object', () => {
    const text = 'The vote is next week. Councillor Rita Voss criticized the ferry levy, but not the new harbour fees.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy, but not the new harbour fees', speaker: 'Rita Voss', cue: 'criticized' });
  });

  test('a reported clause keeps its ", but" clause: "X said A, but B"', () => {
    const text = 'The vote is next week. Councillor Rita Voss said the ferry levy would pass, but the pilots union would fight it.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toMatchObject([
      { text: 'the ferry levy would pass, but the pilots union would fight it', speaker: 'Rita Voss', cue: 'said' },
    ]);
  });
});
