import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// A work's title or the writer's label in quotation marks inside a clause that a frame closes ("…, the
// studio confirmed."): the clause is reported, the title or label is nobody's words.
describe('titles and labels inside a clause a frame closes', () => {
  test('a title after "the sequel to", the comma inside its closing mark', () => {
    const text = 'The label dropped Tomas Reyne from the sequel to "Nightjar," the company confirmed on Friday.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'The label')).toMatchObject({
      type: 'indirect', text: 'The label dropped Tomas Reyne from the sequel to "Nightjar,"', start: 0,
      speaker: 'the company', speaker_mention: 'the company', speaker_start: at(text, 'the company'), cue: 'confirmed', cue_start: at(text, 'confirmed'), outlet: null,
    });
  });

  test('a title after "the sequel to" further inside the clause is no partial either', () => {
    const text = 'Orrin Films hired Dana Kell for the sequel to "Nightjar," two weeks before shooting, the studio said.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['indirect']);
    expect(quote(text, 'Orrin')).toMatchObject({ type: 'indirect', end: at(text, ', the studio'), speaker_mention: 'the studio', cue: 'said' });
  });

  test('a label in the noun phrase opening the sentence', () => {
    const text = 'The “quiet corridor” rule for the night trains will be dropped in June, rail officials said.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'The “quiet')).toMatchObject({
      type: 'indirect', text: 'The “quiet corridor” rule for the night trains will be dropped in June', start: 0,
      speaker: null, speaker_mention: 'rail officials', speaker_start: at(text, 'rail officials'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('… and after "so-called" there', () => {
    const text = 'The so-called “quiet corridor” will be dropped in June, rail officials said.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['indirect']);
    expect(quote(text, 'The so-called')).toMatchObject({ text: 'The so-called “quiet corridor” will be dropped in June', speaker_mention: 'rail officials', cue: 'said' });
  });

  test('a title in apposition to its kind of work, ending the sentence', () => {
    const text = 'Okafor said the council would restore the fresco, “Harvest at Dawn.”';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'the council')).toMatchObject({ type: 'indirect', speaker: 'Okafor', cue: 'said', start: at(text, 'the council'), end: text.length });
  });

  test('near miss: words that open the sentence and end in a comma before the frame are spoken', () => {
    const text = 'The “best night of my life,” the singer said after the show.';
    expect(quote(text, 'best night')).toMatchObject({ type: 'partial', text: 'best night of my life,', speaker_mention: 'the singer', cue: 'said' });
  });

  test('near miss: a quotation that is the whole clause before the frame stays a quotation', () => {
    const text = '“We Will Win,” the coach said after the game.';
    expect(quotesOf(text).map((q) => q.type)).toEqual(['direct']);
  });

  test('near miss: after a comma and a noun that names no kind of work, the quotation is left as it was', () => {
    const text = 'Okafor said the council would restore the wall, “Harvest at Dawn.”';
    expect(quote(text, 'Harvest')).toMatchObject({ type: 'direct', text: 'Harvest at Dawn.', speaker: 'Okafor', cue: 'said' });
  });
});
