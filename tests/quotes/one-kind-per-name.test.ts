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

describe('a name set off after a description of its body keeps that kind at its bare mentions', () => {
  test('"The bookmaker that flagged the bets, Wagerly, said … ¶ Wagerly said …": both the organisation\'s', () => {
    const text = 'The bookmaker that flagged the bets, Wagerly, said it had warned the league.\n\nWagerly said it had passed its concerns to the regulator.';
    expect(quote(text, 'it had passed')).toMatchObject({
      type: 'indirect', text: 'it had passed its concerns to the regulator', start: at(text, 'it had passed'),
      speaker: 'Wagerly', speaker_mention: 'Wagerly', speaker_start: at(text, 'Wagerly said'), speaker_kind: 'organization', cue: 'said',
    });
  });

  test('near miss: a name set off after a person\'s description stays a person at its bare mention', () => {
    const text = 'The nurse who raised the alarm, Okafor, said she had warned the ward.\n\nOkafor said she had passed her concerns to the board.';
    expect(quote(text, 'she had passed')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person' });
  });
});
