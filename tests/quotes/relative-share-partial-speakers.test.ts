import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a partial quotation after "one of whom said" is the share\'s, not the main clause subject\'s', () => {
  test('"The Courier checked the count with three drivers, one of whom said …": anonymous "one of whom", cue said', () => {
    const text = 'The Courier checked the count with three drivers, one of whom said the depot had been "a shambles."';
    expect(quote(text, 'a shambles')).toMatchObject({
      type: 'partial', text: 'a shambles.', start: at(text, 'a shambles'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'one of whom', speaker_start: at(text, 'one of whom'), cue: 'said', outlet: null,
    });
  });

  test('"most of whom called …": a weak cue after the share too', () => {
    const text = 'Officials met four drivers, most of whom called the new rota "unworkable."';
    expect(quote(text, 'unworkable')).toMatchObject({ type: 'partial', speaker_kind: 'anonymous', speaker_mention: 'most of whom', cue: 'called', outlet: null });
  });

  test('negative: a plain "who said" still takes the named person before it', () => {
    const text = 'The Courier spoke to Ivo Brandt, who said the depot had been "a shambles."';
    expect(quote(text, 'a shambles')).toMatchObject({ type: 'partial', speaker: 'Ivo Brandt', speaker_mention: 'who', cue: 'said' });
  });
});
