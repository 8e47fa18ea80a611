import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a European paper named by its article and one word ("El Mercurio", "Die Zeit") after told or according to', () => {
  test('"told El Mercurio that …": the paper is the outlet, and no person', () => {
    const text = 'Ortiz told El Mercurio that the bridge would open in March.';
    expect(quote(text, 'the bridge')).toMatchObject({ text: 'the bridge would open in March', start: at(text, 'the bridge'), type: 'indirect', speaker: 'Ortiz', cue: 'told', outlet: 'El Mercurio' });
    expect(entityNames(text)).toMatchObject({ people: ['Ortiz'], outlets: ['El Mercurio'] });
  });

  test('a paper the data does not list, by its form alone: "told El Centinela", "according to El Centinela"', () => {
    const told = 'Ortiz told El Centinela that the bridge would open in March.';
    expect(quote(told, 'the bridge')).toMatchObject({ type: 'indirect', speaker: 'Ortiz', cue: 'told', outlet: 'El Centinela' });
    const according = 'The bridge will open in March, according to El Centinela. The newspaper reported that the tolls would rise.';
    expect(quote(according, 'The bridge')).toMatchObject({ text: 'The bridge will open in March', start: 0, speaker: 'El Centinela', speaker_kind: 'outlet', cue: 'according to' });
    expect(quote(according, 'the tolls')).toMatchObject({ speaker: 'El Centinela', speaker_kind: 'outlet', speaker_mention: 'The newspaper', cue: 'reported', outlet: 'El Centinela' });
  });

  test('near miss: a surname the article gives a first name ("Marine Le Pen" … "told Le Pen") is a person, no outlet', () => {
    const text = 'Marine Le Pen toured the port. The mayor told Le Pen that the bridge would open in March.';
    expect(quote(text, 'the bridge')).toMatchObject({ type: 'indirect', speaker_mention: 'The mayor', cue: 'told', outlet: null });
    expect(entityNames(text).outlets).toEqual([]);
    const according = 'Marine Le Pen toured the port. The vote was lost, according to Le Pen.';
    expect(quote(according, 'The vote')).toMatchObject({ speaker_kind: 'person', outlet: null });
  });

  test('near miss: a place opened by an article ("told Los Angeles") is no paper', () => {
    const text = 'The governor told Los Angeles that the bridge would open in March.';
    expect(quote(text, 'the bridge')).toMatchObject({ cue: 'told', outlet: null });
  });
});
