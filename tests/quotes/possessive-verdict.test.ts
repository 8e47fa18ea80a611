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

describe('a short quotation after a verdict clause', () => {
  test('"Her advice was simple: “Leave now.”" after a man\'s quotation: the woman named before speaks, not the man quoted last', () => {
    const text = 'Mara Voss met the crew on Tuesday. Tom Reed spoke first. "We will win," he said. Her advice was simple: "Leave now."';
    expect(quote(text, 'Leave now')).toMatchObject({
      type: 'direct', text: 'Leave now.', start: at(text, 'Leave now'), speaker: 'Mara Voss', speaker_mention: 'Her', speaker_start: at(text, 'Her advice'), cue: null,
    });
  });

  test('a genitive owner: "The board\'s verdict was short: “No deal.”"', () => {
    const text = 'Tom Reed asked for more time. "We need a week," he said. The board\'s verdict was short: "No deal."';
    expect(quote(text, 'No deal')).toMatchObject({ type: 'direct', speaker_mention: 'The board', speaker_kind: 'organization' });
  });

  test('a short quotation after a colon with no verdict noun gets no owner: "His car was blue: “No deal.”"', () => {
    const text = 'Tom Reed asked for more time. "We need a week," he said. His car was blue: "No deal."';
    // No owner of its own: it continues the speaker before.
    expect(quote(text, 'No deal')).toMatchObject({ type: 'direct', text: 'No deal.', start: at(text, 'No deal'), speaker: 'Tom Reed', speaker_mention: 'he', speaker_start: at(text, 'he said'), speaker_kind: 'person', cue: null });
  });
});
