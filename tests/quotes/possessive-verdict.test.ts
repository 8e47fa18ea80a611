import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a possessive pronoun owning a verdict noun before a colon', () => {
  test('"His message to holdouts was blunt: “…”": the owner speaks, "his" resolved to the man before', () => {
    const text = 'Fire chief Tom Reyes spoke in Port Elwin on Monday. His message to holdouts was blunt: "We will not send anyone back for you."';
    expect(quote(text, 'We will not')).toMatchObject({
      type: 'direct', text: 'We will not send anyone back for you.', speaker: 'Tom Reyes', speaker_mention: 'His', speaker_start: at(text, 'His message'),
    });
  });

  test('"Her advice was plain: “…”"', () => {
    const text = 'Mara Okafor runs the Harbour Board. Her advice was plain: “Leave the pier before the tide turns tonight.”';
    expect(quote(text, 'Leave the pier')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'Her' });
  });

  test('no owner: "The message was blunt: “…”" names no speaker', () => {
    const text = 'Fire chief Tom Reyes spoke in Port Elwin on Monday. The message was blunt: "We will not send anyone back for you."';
    expect(quote(text, 'We will not')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: null });
  });

  test('a possessive before a noun that is no verdict: "His car was blue: “…”" names no speaker', () => {
    const text = 'Fire chief Tom Reyes spoke in Port Elwin on Monday. His car was blue: "We will not send anyone back for you."';
    expect(quote(text, 'We will not')).toMatchObject({ type: 'direct', speaker: null });
  });
});
