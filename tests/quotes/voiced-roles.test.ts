import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('"voiced characters" and a hyphenated name before "who"', () => {
  const text = 'Voice artist Nadia Ruiz-Okafor, who has voiced roles in a dozen cartoons, testified that a website sold copies of her voice.';

  test('"voiced characters/roles" is acting, no report', () => {
    expect(quotesOf(text).some((q) => q.cue === 'voiced')).toBe(false);
    expect(quote(text, 'a website')).toMatchObject({ type: 'indirect', text: 'a website sold copies of her voice', speaker: 'Nadia Ruiz-Okafor', cue: 'testified' });
  });

  test('negative: "voiced concerns" still reports', () => {
    expect(quote('Nadia Ruiz-Okafor voiced concerns about the app.', 'concerns')).toMatchObject({ type: 'indirect', text: 'concerns about the app', speaker: 'Nadia Ruiz-Okafor', cue: 'voiced' });
  });

  test('a relative "who" after a hyphenated name stands for the whole name', () => {
    const who = 'Voice artist Nadia Ruiz-Okafor, who has warned about such websites, said one sold copies of her voice. Ruiz-Okafor, who has criticized the studios, said more.';
    expect(new Set(quotesOf(who).filter((q) => q.speaker_mention === 'who').map((q) => q.speaker))).toEqual(new Set(['Nadia Ruiz-Okafor']));
    expect(quotesOf(who).some((q) => q.speaker === 'Okafor')).toBe(false);
  });

  test('"voiced" a part named by any noun ("the old miller in “…”") is acting: only a view voiced reports', () => {
    const text = 'Okafor, who voiced the old miller in “Copper Fields,” said the part paid her rent for a year.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the part paid her rent for a year', start: text.indexOf('the part'), end: text.indexOf(' for a year.') + ' for a year'.length, speaker: 'Okafor', speaker_mention: 'Okafor', speaker_start: 0, cue: 'said', cue_start: text.indexOf('said'), outlet: null },
    ]);
  });

  test('negative: a view voiced, named by a view noun, still reports ("voiced her displeasure with")', () => {
    expect(quote('Okafor voiced her displeasure with the new contract.', 'her displeasure')).toMatchObject({ type: 'indirect', speaker: 'Okafor', cue: 'voiced' });
  });
});

