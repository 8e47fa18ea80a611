import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the girl’s mother said": a relative with a possessor is the relative of that one', () => {
  test('never the person named before in another role (an officer)', () => {
    const text = 'Sergeant Lia Moreno headed the hunt for the lost boy. “We prayed every night,” the boy’s mother said.';
    expect(quote(text, 'We prayed')).toMatchObject({
      text: 'We prayed every night,', type: 'direct', start: at(text, 'We prayed'),
      speaker: null, speaker_mention: 'the boy’s mother', speaker_start: at(text, 'the boy’s mother'), cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('the person named as that relative in an apposition after the name', () => {
    const text = 'Sergeant Lia Moreno headed the hunt. Rosa Vidal, the boy’s mother, waited at home. “We prayed every night,” the boy’s mother said.';
    expect(quote(text, 'We prayed')).toMatchObject({ speaker: 'Rosa Vidal', speaker_mention: 'the boy’s mother', cue: 'said' });
  });

  test('the person named as that relative in an apposition before the name', () => {
    const text = 'His mother, Rosa Vidal, waited at home. Sergeant Lia Moreno headed the hunt. “We prayed every night,” the boy’s mother said.';
    expect(quote(text, 'We prayed')).toMatchObject({ speaker: 'Rosa Vidal', speaker_mention: 'the boy’s mother', cue: 'said' });
  });
});
