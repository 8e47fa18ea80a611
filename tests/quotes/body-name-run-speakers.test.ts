import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a capitalised run before an indefinite description of a body is the whole body name', () => {
  test('words the tagger reads as a verb and a pronoun stay in the name', () => {
    const text = '“The weir has to go,” Mend Our Streams, a conservation group, said on Tuesday.';
    expect(quote(text, 'The weir')).toMatchObject({ text: 'The weir has to go,', type: 'direct', speaker: 'Mend Our Streams', speaker_start: at(text, 'Mend Our'), cue: 'said', outlet: null });
  });

  test('a two-word name whose first word reads as a verb', () => {
    const text = '“Our shelves are empty,” Hope Pantry, a charity, said.';
    expect(quote(text, 'Our shelves')).toMatchObject({ text: 'Our shelves are empty,', type: 'direct', speaker: 'Hope Pantry', speaker_start: at(text, 'Hope Pantry'), cue: 'said' });
  });
});

describe('a name in apposition after "the head of" a body', () => {
  test('"the head of the X, NAME, said": the named person speaks, not the body', () => {
    const text = '“The roof leaks,” the head of the Gallery Marlow Square, Petra Lindqvist, said.';
    expect(quote(text, 'The roof')).toMatchObject({ text: 'The roof leaks,', type: 'direct', speaker: 'Petra Lindqvist', speaker_start: at(text, 'Petra'), cue: 'said' });
  });
});
