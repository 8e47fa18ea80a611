import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a capitalised surname particle opening a sentence starts the known surname', () => {
  test('"Van der X said" after "Given van der X": the person named before speaks', () => {
    const text = 'Pieter van der Linde lost the vote. Van der Linde said he would run again next year.';
    expect(quote(text, 'he would run')).toMatchObject({ text: 'he would run again next year', type: 'indirect', speaker: 'Pieter van der Linde', speaker_mention: 'Van der Linde', speaker_start: at(text, 'Van der Linde said'), cue: 'said' });
  });

  test('"Van X" with a capital after the particle stays a name of its own', () => {
    const text = 'Van Ostrand said the bridge would reopen in June.';
    expect(quote(text, 'the bridge')).toMatchObject({ text: 'the bridge would reopen in June', speaker: 'Van Ostrand', speaker_mention: 'Van Ostrand', cue: 'said' });
  });
});

describe('a time phrase after "since"/"until" stays inside the relative clause before the cue', () => {
  test('"drivers who had worked since sunrise said": the drivers speak, not "sunrise"', () => {
    const text = 'At the depot, drivers who had worked since sunrise said the new routes were confusing.';
    expect(quote(text, 'the new routes')).toMatchObject({ text: 'the new routes were confusing', type: 'indirect', speaker_mention: 'drivers', speaker_start: at(text, 'drivers'), cue: 'said' });
  });
});

describe('no indirect report whose content is only a colon and a quotation', () => {
  test('"X agreed: “Fine.”" gives the direct quote alone', () => {
    const text = 'His neighbour, Omar Lindqvist, 34, nodded: “Exactly right.”';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.type, q.text])).toEqual([['direct', 'Exactly right.']]);
    expect(quote(text, 'Exactly')).toMatchObject({ speaker: 'Omar Lindqvist', speaker_mention: 'Omar Lindqvist', cue: 'nodded', start: at(text, 'Exactly') });
  });
});
