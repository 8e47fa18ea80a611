import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// work-words.json title_in_apposition: "feature" (a feature film) names a work whose title may stand between commas after it.
// ("debut" and "follow-up" are left out: they are also film_cue words, and a band's debut album would become a film entity.)
describe('a quoted title in apposition after "feature" is no speech', () => {
  test('"before her first feature, “TITLE,” premieres": the title between a split quotation is no third quote', () => {
    const text = '“Short films teach you patience,” Wren Halvorsen said, days before her first feature, “The Long Ferry,” opens in Oslo. “The rest is luck.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['Short films teach you patience,', 'The rest is luck.']);
    expect(quote(text, 'The rest')).toMatchObject({ type: 'direct', start: at(text, 'The rest'), speaker: 'Wren Halvorsen' });
    expect(quotesOf('“I slept on set,” Wren Halvorsen said. Her second feature, “Low Tide Blues,” did better.').map((q) => q.text)).toEqual(['I slept on set,']);
  });

  test('negative: words after the title\'s comma that frame it keep it speech ("“…,” she said")', () => {
    const text = 'Asked about the debut, “It Was Rushed,” Ines Dorr said.';
    expect(quote(text, 'It Was')).toMatchObject({ type: 'direct', text: 'It Was Rushed,', start: at(text, 'It Was'), speaker: 'Ines Dorr', cue: 'said', outlet: null });
  });
});
