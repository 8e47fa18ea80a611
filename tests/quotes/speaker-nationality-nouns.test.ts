import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';


describe('a nation\'s noun with no subject fitting: the one named with that nationality', () => {
  test('"Brazilian forward X" … a coach in between … "the Brazilian told"', () => {
    const text = 'Brazilian forward Rafael Monteiro is close to a move. His coach Ana Reis spoke. Later the Brazilian told ESPN: “My heart is calm.”';
    expect(quote(text, 'My heart')).toMatchObject({
      text: 'My heart is calm.', type: 'direct', speaker: 'Rafael Monteiro', speaker_mention: 'the Brazilian',
      speaker_start: at(text, 'the Brazilian'), cue: 'told', cue_start: at(text, 'told'), outlet: 'ESPN',
    });
  });

  test('a role given with the nationality is no other role', () => {
    const text = 'Rafael Monteiro, the Brazilian winger, is close to a move. His coach Ana Reis spoke. Later the Brazilian told ESPN: “My heart is calm.”';
    expect(quote(text, 'My heart')).toMatchObject({ speaker: 'Rafael Monteiro', speaker_mention: 'the Brazilian', cue: 'told', outlet: 'ESPN' });
  });

  test('no one named with that nationality: left unresolved', () => {
    const text = 'Rafael Monteiro is close to a move. His coach Ana Reis spoke. Later the Brazilian told ESPN: “My heart is calm.”';
    expect(quote(text, 'My heart')).toMatchObject({ speaker: null, speaker_mention: 'the Brazilian' });
  });
});
