import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a family name first, then a hyphenated given name in small letters after the hyphen', () => {
  test('"Han Mi-rae, 64, said": the whole name speaks, past the age', () => {
    const text = '“The river has never been this low,” Han Mi-rae, 64, said in a phone call.';
    expect(quote(text, 'The river has never')).toMatchObject({ text: 'The river has never been this low,', type: 'direct', speaker: 'Han Mi-rae', speaker_start: at(text, 'Han Mi-rae'), cue: 'said' });
  });

  test('"Song Da-eun said": a family name the tagger reads as a noun, a given name it reads as an adverb', () => {
    const text = 'The ferry will run again next week, Song Da-eun said.';
    expect(quote(text, 'The ferry will run')).toMatchObject({ text: 'The ferry will run again next week', type: 'indirect', speaker: 'Song Da-eun', speaker_start: at(text, 'Song Da-eun'), cue: 'said' });
  });

  test('the family name alone later is the same person', () => {
    const text = '“We will appeal,” said Hong Seo-yeon, a lawyer for the growers. Hong said the ruling ignored the drought.';
    expect(quote(text, 'We will appeal')).toMatchObject({ speaker: 'Hong Seo-yeon', cue: 'said' });
    expect(quote(text, 'the ruling ignored')).toMatchObject({ type: 'indirect', speaker: 'Hong Seo-yeon', speaker_start: at(text, 'Hong said'), cue: 'said' });
  });

  test('negative: a hyphenated word in small letters after a common noun opens no name', () => {
    const text = 'Market stall-holders said the rent had doubled.';
    expect(quote(text, 'the rent had doubled')?.speaker ?? null).toBeNull();
  });
});
