import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the bureau\'s field office said": a body\'s own part speaks for the body named before', () => {
  test('the part of a described body resolves to the body', () => {
    const text = 'The Marlow Water Agency said repairs had begun. “Supplies will be back by Friday,” the agency’s regional office said.';
    expect(quote(text, 'Supplies')).toMatchObject({
      type: 'direct', text: 'Supplies will be back by Friday,', start: at(text, 'Supplies'), speaker: 'Marlow Water Agency',
      speaker_kind: 'organization', speaker_mention: 'the agency’s regional office', speaker_start: at(text, 'the agency’s'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a part of something that is no body keeps its mention', () => {
    const text = 'The Marlow Water Agency said repairs had begun. “Supplies will be back by Friday,” the mayor’s press office said.';
    expect(quote(text, 'Supplies')).toMatchObject({ speaker_mention: 'the mayor’s press office', cue: 'said' });
    expect(quote(text, 'Supplies')!.speaker).not.toBe('Marlow Water Agency');
  });
});
