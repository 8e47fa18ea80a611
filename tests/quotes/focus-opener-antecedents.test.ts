import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a sentence opened by "For X," or "As for X," puts X in focus for the next sentence\'s pronoun', () => {
  test('"For Brandt, …. She said …" is Brandt, not the official who spoke last', () => {
    const text = 'Councillor Ruth Adeyemi said the levee had held. Greta Brandt lost her barn.\n\nFor Brandt, the repairs cannot start soon enough. She said her cattle were still out in the rain.';
    expect(quote(text, 'her cattle')).toMatchObject({
      type: 'indirect', text: 'her cattle were still out in the rain', start: at(text, 'her cattle'), speaker: 'Greta Brandt', speaker_kind: 'person', speaker_mention: 'She', speaker_start: at(text, 'She said'), cue: 'said', outlet: null,
    });
  });

  test('"As for Greta Brandt, …" does the same', () => {
    const text = 'Councillor Ruth Adeyemi said the levee had held. Greta Brandt lost her barn.\n\nAs for Greta Brandt, the repairs cannot start soon enough. She said her cattle were still out in the rain.';
    expect(quote(text, 'her cattle')).toMatchObject({ type: 'indirect', speaker: 'Greta Brandt', speaker_mention: 'She', speaker_start: at(text, 'She said'), cue: 'said', outlet: null });
  });

  test('negative: "For months, …" names no one, and the pronoun stays with the latest speaker', () => {
    const text = 'Greta Brandt lost her barn. Councillor Ruth Adeyemi said the levee had held.\n\nFor months, the repairs have been slow. She said the crews were short of pumps.';
    expect(quote(text, 'the crews')).toMatchObject({ type: 'indirect', speaker: 'Ruth Adeyemi', speaker_mention: 'She', cue: 'said', outlet: null });
  });

  test('negative: a focused person of the other gender is not the pronoun\'s', () => {
    const text = 'Councillor Ruth Adeyemi said the levee had held. Tomas Brandt lost his barn.\n\nFor Brandt, the repairs cannot start soon enough. She said the crews were short of pumps.';
    expect(quote(text, 'the crews')).toMatchObject({ type: 'indirect', speaker: 'Ruth Adeyemi', speaker_mention: 'She', cue: 'said' });
  });
});
