import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// A platform the speaker went on is where the words were said, never the one who said them.
describe('an infinitive cue after a participle of going to a place or medium', () => {
  test('"“…,” she said, going on Instagram Live to say …": she speaks, not the platform', () => {
    const text = 'Nora Talby hit back on Sunday. “I am not done,” she said, going on Instagram Live to say the band would tour again.';
    expect(quote(text, 'the band')).toMatchObject({
      type: 'indirect', text: 'the band would tour again', speaker: 'Nora Talby', speaker_mention: 'she', speaker_start: at(text, 'she said'),
      speaker_kind: 'person', cue: 'say', cue_start: at(text, 'say the'),
    });
  });

  test('"NAME hit back, taking to Twitter to say …": the clause\'s subject speaks', () => {
    const text = 'Nora Talby hit back on Sunday, taking to Twitter to say the band would tour again.';
    expect(quote(text, 'the band')).toMatchObject({ type: 'indirect', speaker: 'Nora Talby', speaker_mention: 'Nora Talby', speaker_start: 0, speaker_kind: 'person', cue: 'say' });
  });

  test('negative: an errand is no report ("…, going to the shop to buy milk")', () => {
    const text = 'Nora Talby hit back on Sunday. “I am not done,” she said, going to the shop to buy milk.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['I am not done,']);
  });
});
