import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('"voiced characters" and a hyphenated name before "who"', () => {
  const text = 'Voice actor Nadia Ruiz-Okafor, who has voiced characters in more than 40 animated series, testified that an app was selling a clone of her voice.';

  test('"voiced characters/roles" is acting, no report', () => {
    expect(quotesOf(text).some((q) => q.cue === 'voiced')).toBe(false);
    expect(quote(text, 'an app')).toMatchObject({ type: 'indirect', text: 'an app was selling a clone of her voice', speaker: 'Nadia Ruiz-Okafor', cue: 'testified' });
  });

  test('negative: "voiced concerns" still reports', () => {
    expect(quote('Nadia Ruiz-Okafor voiced concerns about the app.', 'concerns')).toMatchObject({ type: 'indirect', text: 'concerns about the app', speaker: 'Nadia Ruiz-Okafor', cue: 'voiced' });
  });

  test('a relative "who" after a hyphenated name stands for the whole name', () => {
    const who = 'Voice actor Nadia Ruiz-Okafor, who has warned about such apps, said an app was selling a clone of her voice. Ruiz-Okafor, who has criticized the studios, said more.';
    expect(quotesOf(who).filter((q) => q.speaker_mention === 'who').every((q) => q.speaker === 'Nadia Ruiz-Okafor')).toBe(true);
    expect(quotesOf(who).some((q) => q.speaker === 'Okafor')).toBe(false);
  });
});
