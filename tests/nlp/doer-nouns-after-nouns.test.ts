import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a listed people noun that is also a comparative ("cleaner") is a noun after a noun', () => {
  test('"Ines Kovac, a hospital cleaner, who said …": the person speaks, no body', () => {
    const text = 'Detectives spoke to Ines Kovac, a hospital cleaner, who said the fire door was open.';
    expect(quote(text, 'the fire door')).toMatchObject({ type: 'indirect', text: 'the fire door was open', speaker: 'Ines Kovac', speaker_kind: 'person', speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'said', outlet: null, start: at(text, 'the fire door'), end: at(text, '.') });
  });

  test('… and without a name, "a school cleaner who said …" is an unnamed person', () => {
    const text = 'Detectives spoke to a school cleaner who said the fire door was open.';
    expect(quote(text, 'the fire door')).toMatchObject({ text: 'the fire door was open', speaker: 'a school cleaner', speaker_kind: 'anonymous', speaker_mention: 'who', cue: 'said' });
  });

  test('"A school cleaner said …" opening the sentence is an unnamed person', () => {
    const text = 'A school cleaner said the fire door was open.';
    expect(quote(text, 'the fire door')).toMatchObject({ text: 'the fire door was open', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'A school cleaner', speaker_start: 0, cue: 'said' });
  });

  test('near miss: a comparative after its object stays one ("made the canal cleaner"), and the body speaks', () => {
    const text = 'The new rules made the canal cleaner, the council said.';
    expect(quote(text, 'The new rules')).toMatchObject({ text: 'The new rules made the canal cleaner', speaker: 'the council', speaker_kind: 'organization', cue: 'said' });
  });
});

describe('near miss: the comparative before a noun describes that noun', () => {
  test('"give families cleaner air, the mayor said" keeps "cleaner" an adjective and the mayor speaks', () => {
    const text = 'The plan would give families cleaner air, the mayor said.';
    expect(quote(text, 'The plan')).toMatchObject({ text: 'The plan would give families cleaner air', speaker_mention: 'the mayor', cue: 'said' });
  });
});
