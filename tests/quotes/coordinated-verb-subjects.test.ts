import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a cue after "and" coordinated with a verb inside a clause of the sentence', () => {
  test('"as the governor called X “…” and dismissed Y as “…”" gives both to the governor', () => {
    const text = 'Protesters booed as the governor called the strike “sabotage” and dismissed the union as “a nuisance.”';
    expect(quote(text, 'sabotage')).toMatchObject({ type: 'partial', speaker_mention: 'the governor', cue: 'called' });
    expect(quote(text, 'a nuisance')).toMatchObject({
      type: 'partial', text: 'a nuisance.', start: at(text, 'a nuisance'), speaker_kind: 'anonymous', speaker_mention: 'the governor',
      speaker_start: at(text, 'the governor'), cue: 'dismissed', cue_start: at(text, 'dismissed'), outlet: null,
    });
  });

  test('"in which she called …" : the relative clause\'s subject', () => {
    const text = 'Lawmakers left early as Governor Ines Moreau gave a speech in which she called the strike “sabotage” and dismissed the union as “a nuisance.”';
    expect(quote(text, 'a nuisance')).toMatchObject({ type: 'partial', speaker: 'Ines Moreau', speaker_mention: 'she', cue: 'dismissed' });
  });

  test('near miss: with no verb of its own between, the sentence subject stays', () => {
    const text = 'The governor smiled as reporters gathered and dismissed the union as “a nuisance.”';
    expect(quote(text, 'a nuisance')).toMatchObject({ type: 'partial', speaker_mention: 'The governor', cue: 'dismissed' });
  });
});
