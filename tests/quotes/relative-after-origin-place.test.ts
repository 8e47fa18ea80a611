import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"who" after "a NOUN from PLACE" stands for the person, never the place', () => {
  test('"Name, a retired schoolteacher from State who said …": the named schoolteacher', () => {
    const text = 'Waiting in line was Philippa Arkwright, a retired schoolteacher from Nebraska who said she had spent her pension.';
    expect(quote(text, 'she had spent')).toMatchObject({
      type: 'indirect', text: 'she had spent her pension', start: at(text, 'she had spent'), speaker: 'Philippa Arkwright',
      speaker_kind: 'person', speaker_role: 'schoolteacher', speaker_mention: 'who', speaker_start: at(text, 'who said'), cue: 'said', outlet: null,
    });
  });

  test('a role not listed as a title: the description, still never the place', () => {
    const text = 'Waiting in line was Philippa Arkwright, a retired bookkeeper from Nebraska who said she had spent her pension.';
    const q = quote(text, 'she had spent');
    expect(q).toMatchObject({ type: 'indirect', speaker_mention: 'who', cue: 'said', outlet: null });
    expect(q.speaker).not.toBe('Nebraska');
  });

  test('near miss: a name right before "who", with no "from", is the speaker', () => {
    const text = 'Waiting in line was a retired schoolteacher, Philippa Arkwright, who said she had spent her pension.';
    expect(quote(text, 'she had spent')).toMatchObject({ type: 'indirect', speaker: 'Philippa Arkwright', speaker_mention: 'who', cue: 'said' });
  });

  test('near miss: a person after "from" a thing given is the one who speaks', () => {
    const text = 'On Friday, Halvorsen won the backing of Ingrid Solberg, and a pledge from Bruno Castellan, who declared that the race was over.';
    expect(quote(text, 'the race')).toMatchObject({
      type: 'indirect', text: 'the race was over', speaker: 'Bruno Castellan', speaker_mention: 'who', speaker_start: at(text, 'who declared'), cue: 'declared', outlet: null,
    });
  });
});
