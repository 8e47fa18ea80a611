import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('a relative clause opened by a share of the phrase before it: "…, most of whom said …"', () => {
  test('a report cue after "many of whom": the share is the mention, the content ends with the clause', () => {
    const text = 'The ferry crews met in Port Elwin. The pilots, many of whom argue the toll is unfair, voted on Monday.';
    const q = quote(text, 'the toll is unfair');
    expect(q).toMatchObject({ type: 'indirect', text: 'the toll is unfair', speaker_mention: 'many of whom', cue: 'argue' });
    expect(text.slice(q!.start, q!.end)).toBe('the toll is unfair');
    expect(text.slice(q!.speaker_start!, q!.speaker_end!)).toBe('many of whom');
  });

  test('an object cue after "both of whom": the stance ends at the closing comma', () => {
    const text = 'Two senators, both of whom criticized the harbour toll, left the hall early.';
    expect(quote(text, 'the harbour toll')).toMatchObject({ type: 'indirect', text: 'the harbour toll', speaker_mention: 'both of whom', cue: 'criticized' });
  });

  test('a determiner and adjective before the share belong to it: "the great majority of whom"', () => {
    const text = 'The delegates, the great majority of whom said the Harbour Board had misled them, walked out.';
    expect(quote(text, 'the Harbour Board had')).toMatchObject({ type: 'indirect', text: 'the Harbour Board had misled them', speaker_mention: 'the great majority of whom', cue: 'said' });
  });

  test('"none of whom said" reports no one saying it', () => {
    const text = 'The pilots, none of whom said the toll was unfair, left the hall early.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a share with a verb that reports nothing: no report', () => {
    const text = 'Mara Okafor thanked the pilots, each of whom received a brass medal from the Harbour Board.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'each of whom')).toBe(false);
  });
});
