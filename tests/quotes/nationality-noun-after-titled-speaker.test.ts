import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a nation\'s noun after a speaker named with a role title', () => {
  test('"coach Name said …. The Spaniard added …": the titled speaker, the only person in reach', () => {
    const text = 'Valencia beat Sevilla, and coach Ignacio Berrocal said the result belonged to the fans.\n\nThe Spaniard added that he had thought about resting his captain.';
    expect(quote(text, 'he had thought')).toMatchObject({
      type: 'indirect', text: 'he had thought about resting his captain', start: at(text, 'he had thought'), speaker: 'Ignacio Berrocal',
      speaker_kind: 'person', speaker_mention: 'The Spaniard', speaker_start: at(text, 'The Spaniard'), cue: 'added', outlet: null,
    });
  });

  test('near miss: a titled person who did not speak is not whom a nation names', () => {
    const text = 'Coach Ignacio Berrocal hugged his striker. "We earned it," said the Spaniard.';
    expect(quote(text, 'We earned')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'the Spaniard', cue: 'said' });
  });
});
