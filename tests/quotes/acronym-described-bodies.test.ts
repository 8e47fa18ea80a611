import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"the board said" after a body named by its acronym stands for that body when its full name ends in the noun', () => {
  test('an acronym whose last letter is the noun\'s first', () => {
    const text = "The NRB said it would review every licence. 'The rules were ignored,' the board said.";
    const quotes = quotesOf(text);
    expect(quotes[1]).toMatchObject({
      type: 'direct', text: 'The rules were ignored,', start: at(text, 'The rules'), speaker: 'NRB', speaker_kind: 'organization',
      speaker_mention: 'the board', speaker_start: at(text, 'the board'), speaker_end: at(text, 'the board') + 9, cue: 'said', outlet: null,
    });
  });

  test('the full name the article gives in parentheses', () => {
    const text = "The Northern Isles Ferry Board (NIFB) said sailings would resume. 'Crews are ready,' the board said.";
    const quotes = quotesOf(text);
    expect(quotes[1]).toMatchObject({ type: 'direct', text: 'Crews are ready,', speaker: 'Northern Isles Ferry Board', speaker_kind: 'organization', speaker_mention: 'the board', cue: 'said', outlet: null });
  });

  test('near miss: an acronym for another kind of body is not "the board"', () => {
    const text = "The NRA said it would review every licence. 'The rules were ignored,' the board said.";
    const quotes = quotesOf(text);
    expect(quotes[1]).toMatchObject({ type: 'direct', text: 'The rules were ignored,', speaker_mention: 'the board', cue: 'said' });
    expect(quotes[1]!.speaker).not.toBe('NRA');
  });
});
