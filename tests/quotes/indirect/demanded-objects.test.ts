import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a short object after a particle that asks for something', () => {
  test('"called for his dismissal": two words name the demand', () => {
    const text = 'Parents at the Elmwood school called for his dismissal.';
    expect(quote(text, 'his dismissal')).toMatchObject({
      text: 'his dismissal', type: 'indirect', speaker_mention: 'Parents at the Elmwood school', cue: 'called for',
      start: at(text, 'his dismissal'), end: at(text, 'his dismissal') + 'his dismissal'.length,
      outlet: null,
    });
  });

  test('"has long pushed for tax cuts": the same after "push for", with a name as the speaker', () => {
    const text = 'Dana Whitlock has long pushed for tax cuts, but the bill stalled in committee.';
    expect(quote(text, 'tax cuts')).toMatchObject({
      text: 'tax cuts', type: 'indirect', speaker: 'Dana Whitlock', cue: 'pushed for',
      start: at(text, 'tax cuts'), end: at(text, 'tax cuts') + 'tax cuts'.length,
    });
  });

  test('a need summoned is no demand: "called for help"', () => {
    expect(quotesOf('The ferry pilot called for help.')).toEqual([]);
  });

  test('near miss: after a particle that asks for nothing a short object still says too little', () => {
    expect(quotesOf('Neighbours on Carver Street complained about the noise.')).toEqual([]);
  });
});
