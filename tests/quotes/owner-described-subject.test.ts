import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a subject named as the relation of the speaking pronoun\'s "his"/"her" is not that pronoun', () => {
  test('"Her neighbour, Rosa Pineda, …, she said": the woman who spoke before, with her outlet', () => {
    const text = 'A resident, Greta Holmqvist, told WXTV that the river rose overnight. Her neighbour, Rosa Pineda, carried her to the roof, she said.';
    expect(quote(text, 'Her neighbour')).toMatchObject({
      type: 'indirect', text: 'Her neighbour, Rosa Pineda, carried her to the roof', start: at(text, 'Her neighbour'),
      speaker: 'Greta Holmqvist', speaker_kind: 'person', speaker_mention: 'she', speaker_start: at(text, 'she said'),
      cue: 'said', outlet: 'WXTV',
    });
  });

  test('"His brother, …, he said" works the same for a man', () => {
    const text = 'Tomas Berg told the Ledger that the mill would close. His brother, Niklas Berg, lost his job in March, he said.';
    expect(quote(text, 'His brother')).toMatchObject({
      type: 'indirect', text: 'His brother, Niklas Berg, lost his job in March', speaker: 'Tomas Berg', speaker_mention: 'he',
      speaker_start: at(text, 'he said'), cue: 'said', outlet: 'Ledger',
    });
  });

  test('near miss: a subject named plainly before ", she said" is the one speaking of herself', () => {
    const text = 'A resident, Greta Holmqvist, told WXTV that the river rose overnight. Rosa Pineda, 61, has lived on the bank since 1990, she said.';
    expect(quote(text, 'Rosa Pineda')).toMatchObject({ type: 'indirect', speaker: 'Rosa Pineda', speaker_mention: 'she', outlet: null });
  });

  test('near miss: the named subject of a separate sentence before stays the pronoun\'s', () => {
    const text = 'Rosa Pineda carried her to the roof. It was terrifying, she said.';
    expect(quote(text, 'It was terrifying')).toMatchObject({ type: 'indirect', speaker: 'Rosa Pineda', speaker_mention: 'she', cue: 'said', outlet: null });
  });
});
