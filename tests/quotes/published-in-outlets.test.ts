import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('the outlet a piece was published in or written for', () => {
  test('"In an editorial published in OUTLET, X said …" gives the outlet', () => {
    const text = 'In an editorial published in Kicker, the editor said the transfer was “a disgrace.”';
    expect(quote(text, 'a disgrace')).toMatchObject({ text: 'a disgrace.', type: 'partial', speaker: null, speaker_mention: 'the editor', cue: 'said', outlet: 'Kicker', start: at(text, 'a disgrace') });
  });

  test('"In a column written for OUTLET, X said …" gives the outlet', () => {
    const text = 'In a column written for Kicker, the coach said the league was “broken.”';
    expect(quote(text, 'broken')).toMatchObject({ text: 'broken.', type: 'partial', speaker: null, speaker_mention: 'the coach', cue: 'said', outlet: 'Kicker', start: at(text, 'broken') });
  });

  test('near miss: a study published in a journal gives no outlet', () => {
    const text = 'In a study published in Nature, the authors said the reef was “dying.”';
    expect(quote(text, 'dying')).toMatchObject({ text: 'dying.', type: 'partial', speaker_mention: 'the authors', cue: 'said', outlet: null, start: at(text, 'dying') });
  });
});
