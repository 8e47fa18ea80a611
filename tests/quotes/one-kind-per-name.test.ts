import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name one quote shows to be a body keeps that kind at its other quotes', () => {
  const text = 'Brightflix has renewed the drama, the streamer confirmed on Monday.\n\nIn a statement, Brightflix said it was “incredibly proud” of the cast and crew.';

  test('the statement\'s words are the body\'s, as the description\'s were', () => {
    expect(quote(text, 'Brightflix has')).toMatchObject({ type: 'indirect', speaker: 'Brightflix', speaker_kind: 'organization', speaker_mention: 'the streamer', cue: 'confirmed' });
    expect(quote(text, 'incredibly proud')).toMatchObject({
      type: 'partial', text: 'incredibly proud', start: at(text, 'incredibly'), speaker: 'Brightflix', speaker_kind: 'organization',
      speaker_mention: 'Brightflix', cue: 'said', outlet: null,
    });
  });

  test('near miss: a name no quote shows to be a body stays a person', () => {
    const person = 'The drama has been renewed.\n\nIn a statement, Okafor said she was “incredibly proud” of the cast and crew.';
    expect(quote(person, 'incredibly proud')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person', cue: 'said' });
  });
});
