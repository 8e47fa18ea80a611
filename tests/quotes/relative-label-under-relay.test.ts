import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"… what she called a “…” plan, aides said.": a pronoun\'s relative label stays hers under an unnamed relaying tag', () => {
  test('the label is the mayor\'s, cue "called", mention "she"', () => {
    const text = 'Mayor Ortiz rejected what she called a “reckless” plan, aides said.';
    expect(quote(text, 'reckless')).toMatchObject({
      type: 'partial', text: 'reckless', start: at(text, 'reckless'), end: at(text, '” plan'),
      speaker: 'Ortiz', speaker_mention: 'she', cue: 'called', cue_start: at(text, 'called'), outlet: null,
    });
  });

  test('near miss: a named reporter\'s tag reports the label too, and with no label verb the tag speaks', () => {
    const named = 'Mayor Ortiz rejected what she called a “reckless” plan, Senator Ruth Ames said.';
    expect(quote(named, 'reckless')).toMatchObject({ speaker: 'Ruth Ames', cue: 'said' });
    const bare = 'Mayor Ortiz rejected a “reckless” plan, aides said.';
    expect(quote(bare, 'reckless')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'aides', cue: 'said' });
  });
});
