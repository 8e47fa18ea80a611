import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a newly named subject with an adverb before its verb is the next pronoun\'s antecedent', () => {
  test('"Speaking in Velorian, Brunhilde Osterkamp later met reporters" takes the "she" over the last paragraph\'s speaker', () => {
    const text = 'The ministry spokeswoman, Dorota Wilk, said talks would resume in March.\n\nSpeaking in Velorian, Brunhilde Osterkamp later met reporters. "Nobody here is giving up," she said.';
    const q = 'Nobody here is giving up,';
    expect(quote(text, 'Nobody here')).toMatchObject({
      type: 'direct', text: q, start: at(text, q), end: at(text, q) + q.length, speaker: 'Brunhilde Osterkamp', speaker_kind: 'person',
      speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', outlet: null,
    });
  });

  test('"Brunhilde Osterkamp then spoke" opening its sentence is the subject too', () => {
    const text = 'The ministry spokeswoman, Dorota Wilk, said talks would resume in March.\n\nBrunhilde Osterkamp then spoke to the crowd. "Nobody here is giving up," she said.';
    expect(quote(text, 'Nobody here')).toMatchObject({ type: 'direct', speaker: 'Brunhilde Osterkamp', speaker_mention: 'she', cue: 'said', outlet: null });
  });

  test('negative: a name that is no subject ("a letter to Brunhilde Osterkamp") leaves the "she" with the earlier speaker', () => {
    const text = 'The ministry spokeswoman, Dorota Wilk, said talks would resume in March.\n\nShe later sent a letter to Brunhilde Osterkamp. "Nobody here is giving up," she said.';
    expect(quote(text, 'Nobody here')).toMatchObject({ type: 'direct', speaker: 'Dorota Wilk', speaker_mention: 'she', cue: 'said', outlet: null });
  });
});
