import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

const DIALOGUE = 'Luc Marin met the mayor, Mara Okafor, after the vote.\n\n« What happens to the families? asked Marin.\n— They will be helped, replied Okafor.\n— How?\n— With money from the harbour fund, said Okafor. »\n\nMarin left.';

describe('a dashed dialogue turn with no frame of its own', () => {
  test('is the other party\'s: the speakers alternate', () => {
    expect(quotesOf(DIALOGUE).map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.cue, q.start])).toEqual([
      ['What happens to the families?', 'direct', 'Luc Marin', 'Marin', 'asked', at(DIALOGUE, 'What happens')],
      ['They will be helped,', 'direct', 'Mara Okafor', 'Okafor', 'replied', at(DIALOGUE, 'They will')],
      ['How?', 'direct', 'Luc Marin', 'Marin', null, at(DIALOGUE, 'How?')],
      ['With money from the harbour fund,', 'direct', 'Mara Okafor', 'Okafor', 'said', at(DIALOGUE, 'With money')],
    ]);
  });

  test('quotations in one paragraph with no dashes still continue the last speaker (negative case)', () => {
    const text = '“What happens to the families?” asked Luc Marin. “Will anyone help them?”';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Luc Marin', 'Luc Marin']);
  });
});
