import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a medium and its agent after a quotation: "“…,” said in a speech by Senator Ned Park"', () => {
  test('the agent of the speech or statement is the speaker, after the cue or a full passive', () => {
    const text = '“The harbour will stay open to every boat,” said in a speech by Senator Ned Park on Friday.';
    expect(quote(text, 'The harbour')).toMatchObject({
      type: 'direct', text: 'The harbour will stay open to every boat,', start: 1, speaker: 'Ned Park', speaker_start: at(text, 'Ned Park'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'),
    });
    const full = '“The harbour will stay open” was said in a short address by Councillor Ilse Kamp.';
    expect(quote(full, 'The harbour')).toMatchObject({ type: 'direct', text: 'The harbour will stay open', speaker: 'Ilse Kamp', speaker_start: at(full, 'Ilse Kamp'), cue: 'said' });
  });

  test('negative: a statement read out by someone is the statement\'s words, not the reader\'s', () => {
    const text = 'The Kamp family thanked the crews. “She loved this town,” said a statement read out by her cousin, Ned Park.';
    expect(quote(text, 'She loved')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'a statement', cue: 'said' });
  });

  test('negative: "by" a place after the medium, or no medium at all, names no speaker', () => {
    expect(quotesOf('“The harbour will stay open,” said in a speech by the lake on Friday.').map((q) => q.speaker)).toEqual([null]);
    expect(quotesOf('“Harbour towns are dying,” by the Tribune’s Ned Park.').filter((q) => q.speaker === 'Ned Park')).toEqual([]);
  });

  test('negative: an interview\'s agent asked the questions, so names no speaker; a speech\'s agent still does', () => {
    const asked = '“The quay will reopen,” said in an interview by the Harbour Ledger.';
    expect(quotesOf(asked).filter((q) => q.speaker !== null)).toEqual([]);
    const reporter = '“The quay will reopen,” said in an interview by reporter Ida Fenn.';
    expect(quotesOf(reporter).filter((q) => q.speaker === 'Ida Fenn')).toEqual([]);
    const speech = '“The quay will reopen,” said in a speech by Mayor Ida Fenn.';
    expect(quote(speech, 'The quay')).toMatchObject({ type: 'direct', text: 'The quay will reopen,', start: 1, end: 22, speaker: 'Ida Fenn', cue: 'said' });
  });
});
