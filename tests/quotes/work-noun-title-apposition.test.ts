import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// work-words.json title_in_apposition: "debut", "feature" and "follow-up" name a work whose title may stand between commas after them.
describe('a quoted title in apposition after "debut", "feature" or "follow-up" is no speech', () => {
  test('"Their debut, “TITLE,” sold …" after a quoted speaker: only the speaker\'s words are quotes', () => {
    const text = '“We could barely play,” Ines Dorr said. Their 2003 debut, “Saltmarsh,” sold poorly at first.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'We could')).toMatchObject({ type: 'direct', text: 'We could barely play,', start: 1, speaker: 'Ines Dorr', cue: 'said', outlet: null });
  });

  test('"before her first feature, “TITLE,” premieres": the title between a split quotation is no third quote', () => {
    const text = '“Short films teach you patience,” Wren Halvorsen said, days before her first feature, “The Long Ferry,” opens in Oslo. “The rest is luck.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['Short films teach you patience,', 'The rest is luck.']);
    expect(quote(text, 'The rest')).toMatchObject({ type: 'direct', start: at(text, 'The rest'), speaker: 'Wren Halvorsen' });
    expect(quotesOf('Their follow-up, “Low Tide Blues,” did better.')).toEqual([]);
  });

  test('negative: words after the title\'s comma that frame it keep it speech ("“…,” she said")', () => {
    const text = 'Asked about the debut, “It Was Rushed,” Ines Dorr said.';
    expect(quote(text, 'It Was')).toMatchObject({ type: 'direct', text: 'It Was Rushed,', start: at(text, 'It Was'), speaker: 'Ines Dorr', cue: 'said', outlet: null });
  });
});
