import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the companies" as a speaker stands for the two bodies named together before it', () => {
  test('the pair opening the sentence before', () => {
    const text = 'Corvane Foods and Millbrook Dairy Inc. agreed to combine on Monday. The companies said in a joint statement that the deal would close by June.';
    expect(quote(text, 'the deal')).toMatchObject({
      type: 'indirect', text: 'the deal would close by June', start: at(text, 'the deal'), speaker: 'Corvane Foods and Millbrook Dairy Inc.',
      speaker_kind: 'organization', speaker_mention: 'The companies', speaker_start: at(text, 'The companies'), cue: 'said', outlet: null,
    });
  });

  test('"the two firms" after a pair that spoke', () => {
    const text = 'Corvane Foods and Millbrook Dairy Inc. announced a merger. Shares rose sharply. The two firms said the deal would close by June.';
    expect(quote(text, 'the deal')).toMatchObject({ speaker: 'Corvane Foods and Millbrook Dairy Inc.', speaker_kind: 'organization', speaker_mention: 'The two firms', cue: 'said' });
  });

  test('near miss: after one body only, "the companies" stays unresolved', () => {
    const text = 'Corvane Foods cut prices on Monday. The companies said the deal would close by June.';
    expect(quote(text, 'the deal')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The companies', cue: 'said' });
  });
});

describe('a pair where one name ends in a company word is two bodies speaking together', () => {
  test('"Corvane Foods and Silver Orchard said": the pair, an organization', () => {
    const text = 'Corvane Foods and Silver Orchard said they expected the deal to close by June.';
    expect(quote(text, 'they expected')).toMatchObject({
      type: 'indirect', text: 'they expected the deal to close by June', start: at(text, 'they expected'), speaker: 'Corvane Foods and Silver Orchard',
      speaker_kind: 'organization', speaker_mention: 'Corvane Foods and Silver Orchard', speaker_start: 0, speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: two surnames stay people', () => {
    const text = 'Hartley and Moss said they would appeal the ruling.';
    expect(quote(text, 'they would')).toMatchObject({ speaker: 'Moss', speaker_kind: 'person', speaker_start: at(text, 'Moss'), cue: 'said' });
  });
});
