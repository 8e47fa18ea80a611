// A public body described by what it oversees speaks as an organisation. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the Danish road authority said": an authority, regulator or watchdog is a body', () => {
  test('a described authority after the quotation is an organisation speaking', () => {
    const text = 'Ferries would stay in port until Friday, the Norwegian coastal authority said.';
    expect(quote(text, 'Ferries')).toMatchObject({
      text: 'Ferries would stay in port until Friday', type: 'indirect', start: 0, speaker: 'the Norwegian coastal authority',
      speaker_kind: 'organization', speaker_start: at(text, 'the Norwegian'), speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('a described regulator before its cue is an organisation speaking', () => {
    const text = 'The energy regulator said bills would fall in April.';
    expect(quote(text, 'bills')).toMatchObject({
      text: 'bills would fall in April', type: 'indirect', speaker: 'The energy regulator', speaker_kind: 'organization', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('near miss: "an authority on" a subject is an expert, no body', () => {
    const text = 'The bowl was a copy, said an authority on Roman glass.';
    expect(quote(text, 'The bowl')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', cue: 'said' });
  });
});
