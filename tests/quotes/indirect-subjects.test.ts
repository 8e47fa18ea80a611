import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('speakers of report cues', () => {
  test('a short adverbial phrase set off by commas between the speaker and the cue: "X, on the other hand, warned"', () => {
    const text = 'The ferry board met on Monday. Dock workers, on the other hand, warned that the new berth would silt up within a year.';
    expect(quote(text, 'the new berth')).toMatchObject({ type: 'indirect', text: 'the new berth would silt up within a year', speaker_mention: 'Dock workers', cue: 'warned' });
  });

  test('an adverb after the aside is stepped over too: "X, in truth, still claim"', () => {
    const text = 'The cranes were inspected. Dock workers, in truth, still claim that the cranes are unsafe in high wind.';
    expect(quote(text, 'the cranes are')).toMatchObject({ type: 'indirect', text: 'the cranes are unsafe in high wind', speaker_mention: 'Dock workers', cue: 'claim' });
  });

  test('an aside with a verb of its own is no adverbial: nothing before it speaks', () => {
    const text = 'The harbour was quiet. The old sheds, as far as anyone knows, said nothing.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});
