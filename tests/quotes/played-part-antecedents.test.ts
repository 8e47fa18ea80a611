import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name given as a part someone plays is never a pronoun antecedent', () => {
  test('"ACTOR stars as PART in “TITLE.” “…,” she told OUTLET": the actor speaks', () => {
    const text = 'Mira Okonjo stars as Helen Dray in “Cold Harbour.” “I had to learn to sail,” she told Variety.';
    expect(quote(text, 'I had to')).toMatchObject({
      text: 'I had to learn to sail,', type: 'direct', speaker: 'Mira Okonjo', speaker_mention: 'she', speaker_start: at(text, 'she told'),
      cue: 'told', cue_start: at(text, 'told'), outlet: 'Variety',
    });
  });

  test('"ACTOR, who plays RANK PART in “TITLE,” said …. “…,” he said": the pronoun skips the part', () => {
    const text = 'Owen Tarrant, who plays Captain Lena Frost in “Salt Line,” said the shoot ran late. “We filmed at night,” he said.';
    expect(quote(text, 'We filmed')).toMatchObject({
      text: 'We filmed at night,', type: 'direct', speaker: 'Owen Tarrant', speaker_mention: 'he', speaker_start: at(text, 'he said'),
      cue: 'said', cue_start: at(text, 'said.'), outlet: null,
    });
  });
});

describe('an actor named as the agent of "portrayed by"', () => {
  test('"a character portrayed by Allen" keeps Allen a pronoun\'s antecedent', () => {
    const text = 'Comedian Rex Allen stars in the sitcom. Its lines go to the patriarch Mike Baxter, portrayed by Allen.\n\n“I am slower than him,” he said.';
    expect(quote(text, 'I am slower')).toMatchObject({ speaker: 'Rex Allen', speaker_mention: 'he', cue: 'said' });
  });
});
