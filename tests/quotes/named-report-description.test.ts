import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "Lund said her sister told her to …. “…,” she said.": a description speaking inside a named person's report is
// part of that person's account; the he/she after it is the named reporter.
describe('a pronoun after a description inside a named report', () => {
  test('the reporter named by surname alone', () => {
    const text = 'Hollis said her sister told her to keep “the good knives.” “I still use them every day,” she said.';
    expect(quote(text, 'I still')).toMatchObject({
      type: 'direct', text: 'I still use them every day,', start: at(text, 'I still'),
      speaker: 'Hollis', speaker_kind: 'person', speaker_mention: 'she', cue: 'said', outlet: null,
    });
    expect(quote(text, 'the good')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'her sister', cue: 'told' });
  });

  test('near miss: a description that speaks on its own is still the one a pronoun after it stands for', () => {
    const text = 'Her sister told her to keep “the good knives.” “They were my mother’s,” she said.';
    expect(quote(text, 'They were')).toMatchObject({ type: 'direct', speaker: null, speaker_kind: 'anonymous', speaker_role: 'sister', cue: 'said' });
  });
});
