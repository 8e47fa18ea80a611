import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('speakers: a headline verb after a full name ends the name', () => {
  test('"Chef Nora Vance Closes …" on a title-case first line: the speaker is Nora Vance', () => {
    const text = 'Celebrity Chef Nora Vance Closes Her Harbour Bistro\n\nNora Vance locked the doors on Sunday. "It was a good run," Vance said.';
    const q = quote(text, 'It was a good run');
    expect(q.type).toBe('direct');
    expect(q.text).toBe('It was a good run,');
    expect(q.start).toBe(at(text, 'It was'));
    expect(q.speaker).toBe('Nora Vance');
    expect(q.speaker_mention).toBe('Vance');
    expect(q.cue).toBe('said');
    expect(q.outlet).toBeNull();
  });

  test('near miss: a surname that is a headline verb in running text stays the name ("Ruth Wins said")', () => {
    const text = 'The harbour reopened on Monday.\n\nThe pilot Ruth Wins said the channel was clear. "We can sail again," Wins said.';
    const q = quote(text, 'We can sail');
    expect(q.speaker).toBe('Ruth Wins');
    expect(q.speaker_mention).toBe('Wins');
  });
});
