import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name written with "!" inside a subject', () => {
  test('"The owner of Hello! said": the report keeps its subject across the name', () => {
    const text = 'The owner of Hello! said the interview had been approved.';
    expect(quote(text, 'the interview had been')).toMatchObject({ text: 'the interview had been approved', type: 'indirect', speaker_mention: 'The owner of Hello!', speaker_start: at(text, 'The owner'), cue: 'said' });
  });

  test('"a spokesman for Yahoo! said": a listed name with "!" after a preposition', () => {
    const text = 'A spokesman for Yahoo! said the service would close.';
    expect(quote(text, 'the service would close')).toMatchObject({ type: 'indirect', speaker_mention: 'A spokesman for Yahoo!', cue: 'said' });
  });

  test('"the editor of Hello said": a capitalised interjection after "of" is a name', () => {
    const text = 'The editor of Hello said the cover had been changed.';
    expect(quote(text, 'the cover had been')).toMatchObject({ type: 'indirect', speaker_mention: 'The editor of Hello', cue: 'said' });
  });
});
