import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"a PERSON-NOUN with the BODY": an unnamed person from a body speaks, not the body', () => {
  test('"An official with the Harbour Rowing Association, who asked not to be named, said": anonymous, the whole description', () => {
    const text = 'An official with the Harbour Rowing Association, who asked not to be named, said the regatta would be moved.';
    expect(quote(text, 'the regatta')).toMatchObject({
      type: 'indirect', text: 'the regatta would be moved', start: at(text, 'the regatta'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'An official with the Harbour Rowing Association', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('as "a spokesperson for the BODY" already was', () => {
    const text = 'A lawyer with the Tallis Mining Company said the permit was valid.';
    expect(quote(text, 'the permit')).toMatchObject({
      type: 'indirect', text: 'the permit was valid', speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A lawyer with the Tallis Mining Company', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('near miss: the body itself as subject still speaks', () => {
    const text = 'The Harbour Rowing Association said the regatta would be moved.';
    expect(quote(text, 'the regatta')).toMatchObject({ type: 'indirect', speaker: 'Harbour Rowing Association', speaker_kind: 'organization', cue: 'said', outlet: null });
  });
});
