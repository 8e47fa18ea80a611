import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a film craft ("the director", "the producer") is only one named with that craft or an office it covers', () => {
  test('"Actress Lucia Brenner plays …. “…,” the director said": an actress is not the director, so the description speaks', () => {
    const text = 'Actress Lucia Brenner plays a lighthouse keeper in the drama.\n\n"We shot it in nine days," the director said.';
    expect(quote(text, 'We shot')).toMatchObject({
      type: 'direct', text: 'We shot it in nine days,', start: at(text, 'We shot'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'the director', speaker_start: at(text, 'the director'), cue: 'said', outlet: null,
    });
  });

  test('"Screenwriter Ola Dunne …. “…,” the producer said" is no one named', () => {
    const text = 'Screenwriter Ola Dunne finished the script in 2021.\n\n"It cost less than we feared," the producer said.';
    expect(quote(text, 'It cost')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'the producer', cue: 'said', outlet: null });
  });

  test('near-miss: the director named earlier is still "the director" past an actress named later', () => {
    const text = 'Director Anton Vell cast Lucia Brenner early. Actress Lucia Brenner plays a lighthouse keeper.\n\n"We shot it in nine days," the director said.';
    expect(quote(text, 'We shot')).toMatchObject({ type: 'direct', speaker: 'Anton Vell', speaker_mention: 'the director', start: at(text, 'We shot'), cue: 'said', outlet: null });
  });

  test('near-miss: one named with no role stays the director ("Lucia Brenner shot the film …")', () => {
    const text = 'Lucia Brenner shot the film on a Scottish island.\n\n"We shot it in nine days," the director said.';
    expect(quote(text, 'We shot')).toMatchObject({ type: 'direct', speaker: 'Lucia Brenner', speaker_mention: 'the director', cue: 'said', outlet: null });
  });
});
