import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('an unlisted name introduced by a role noun or as the one asked, and a role description as the subject before a pronoun', () => {
  test('"The jockey Takumi Shirasaka …. …, the jockey bowed. “…,” he said" is Shirasaka, not the official quoted between', () => {
    const text = 'The jockey Takumi Shirasaka won the cup. The steward, Daniel Okafor, told reporters the race was clean.\n\nHolding his helmet, the jockey bowed to the crowd.\n\n"I owe everything to this horse," he said.';
    expect(quote(text, 'I owe')).toMatchObject({
      type: 'direct', text: 'I owe everything to this horse,', start: at(text, 'I owe'), speaker: 'Takumi Shirasaka', speaker_kind: 'person', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toContain('Takumi Shirasaka');
  });

  test('negative: a role no one was named with ("the referee") leaves the pronoun with the latest speaker', () => {
    const text = 'The jockey Takumi Shirasaka won the cup. The steward, Daniel Okafor, told reporters the race was clean.\n\nHolding his flag, the referee bowed to the crowd.\n\n"I owe everything to this horse," he said.';
    expect(quote(text, 'I owe')).toMatchObject({ type: 'direct', speaker: 'Daniel Okafor', speaker_mention: 'he', cue: 'said' });
  });

  test('"Takumi Shirasaka was asked …", then a general sentence naming no one: the one asked answers', () => {
    const text = 'Daniel Okafor said the track was ready. After the race, Takumi Shirasaka was asked about his future. A jockey over forty rarely rides in the cup; most retire to train.\n\n"I have a few seasons left," he said.';
    expect(quote(text, 'I have')).toMatchObject({
      type: 'direct', text: 'I have a few seasons left,', start: at(text, 'I have'), speaker: 'Takumi Shirasaka', speaker_kind: 'person', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null,
    });
  });

  test('negative: a body\'s name that "was asked" is no person, and the pronoun stays with the latest speaker', () => {
    const text = 'Daniel Okafor said the track was ready. After the race, Harbour Authority was asked about the delay. Races here rarely start late.\n\n"We will wait," he said.';
    expect(entityNames(text).people).not.toContain('Harbour Authority');
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', text: 'We will wait,', speaker: 'Daniel Okafor', speaker_mention: 'he', speaker_start: at(text, 'he said'), cue: 'said', outlet: null });
  });
});
