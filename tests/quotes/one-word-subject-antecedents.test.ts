import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('one capitalised word as the subject, then "he" or "she" in the next sentence, is a person known by one name', () => {
  test('"Mirabai uploaded a video on TikTok. “…,” she wrote." gives "she" to Mirabai, a person', () => {
    const text = 'Mirabai uploaded a video on TikTok. “I never meant to hurt anyone,” she wrote.';
    expect(quote(text, 'I never')).toMatchObject({
      type: 'direct', text: 'I never meant to hurt anyone,', start: at(text, 'I never'), speaker: 'Mirabai', speaker_kind: 'person', speaker_mention: 'she', speaker_start: at(text, 'she wrote'), cue: 'wrote', outlet: null,
    });
    expect(entityNames(text).people).toContain('Mirabai');
  });

  test('an office before the word opens the sentence with it: "Dock workers leader Oyelaran spoke …"', () => {
    const text = 'Port union leader Oyelaran addressed the crowd on Friday. “The ships will stay idle,” he said.';
    expect(quote(text, 'The ships')).toMatchObject({ type: 'direct', text: 'The ships will stay idle,', speaker: 'Oyelaran', speaker_kind: 'person', speaker_mention: 'he', cue: 'said', outlet: null });
  });

  test('the nearer one-word subject takes "he", not a person named in full a paragraph before', () => {
    const text = 'Reader Nam Gyu-ri said she was shocked. “It hurts,” said Nam Gyu-ri.\n\nBand leader Sungmin spoke on Thursday.\n\n“We miss her,” he said.';
    expect(quote(text, 'We miss')).toMatchObject({ type: 'direct', speaker: 'Sungmin', speaker_mention: 'he', cue: 'said' });
  });

  test('negative: an English word opening the sentence ("Harvest fell …") is no one, and "she" finds no person', () => {
    const text = 'Harvest fell short this year. “We lost half the crop,” she said.';
    expect(quote(text, 'We lost')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'she', cue: 'said' });
    expect(entityNames(text).people).not.toContain('Harvest');
  });

  test('negative: a known city as the subject ("Berlin voted …") is no person', () => {
    const text = 'Berlin voted on the plan on Sunday. “It was close,” she said.';
    expect(entityNames(text).people).not.toContain('Berlin');
  });
});
