import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// A podcast or show named in quotation marks with its kind word beside it is the medium the words were given
// to (outlet-near.ts quotedTitleOfKind); the gold sets make a named podcast the outlet.
describe('a quoted programme title named by its kind word is the outlet', () => {
  test('"told the “Salt Lines” podcast that …"', () => {
    const text = 'Okafor told the “Salt Lines” podcast that he had never doped.';
    expect(quote(text, 'he had')).toMatchObject({ text: 'he had never doped', start: at(text, 'he had'), end: at(text, '.'), type: 'indirect', speaker: 'Okafor', cue: 'told', outlet: 'Salt Lines' });
  });

  test('"In an interview with the “Salt Lines” podcast, X said …" and "Speaking on the “Salt Lines” show, …"', () => {
    const interview = 'In an interview with the “Salt Lines” podcast, Okafor said the season had been cruel.';
    expect(quote(interview, 'the season')).toMatchObject({ text: 'the season had been cruel', type: 'indirect', speaker: 'Okafor', cue: 'said', outlet: 'Salt Lines' });
    const speaking = 'Speaking on the “Salt Lines” show, Okafor said the season had been cruel.';
    expect(quote(speaking, 'the season')).toMatchObject({ speaker: 'Okafor', cue: 'said', outlet: 'Salt Lines' });
  });

  test('the kind in apposition after the title: "Interviewed on “Low Tide,” the podcast, X said …"', () => {
    const text = 'Interviewed on “Low Tide,” the podcast, Okafor said the season had been cruel.';
    expect(quote(text, 'the season')).toMatchObject({ text: 'the season had been cruel', start: at(text, 'the season'), type: 'indirect', speaker: 'Okafor', cue: 'said', outlet: 'Low Tide' });
  });

  test('near miss: a quoted title before a noun that is no programme\'s kind names no medium', () => {
    const text = 'Okafor, who wrote the “Salt Lines” theme, said the season had been cruel.';
    expect(quote(text, 'the season')).toMatchObject({ speaker: 'Okafor', cue: 'said', outlet: null });
  });
});
