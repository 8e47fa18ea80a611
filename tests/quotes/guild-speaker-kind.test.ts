import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// A name ending in "Guild" is a trade body's (src/nlp/words.ts SERVICE_TAILS) unless a given name opens it ("Tom Guild").

describe('a guild as the speaker', () => {
  test('"The Playwrights Guild said …" is an organization', () => {
    const text = 'The Playwrights Guild said the new contract was a step backwards.';
    expect(quote(text, 'the new contract')).toMatchObject({
      type: 'indirect', text: 'the new contract was a step backwards', start: at(text, 'the new contract'),
      speaker: 'Playwrights Guild', speaker_start: at(text, 'Playwrights'), speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('near miss: a person whose surname is no guild stays a person', () => {
    const text = 'Mara Guilder said the new contract was a step backwards.';
    expect(quote(text, 'the new contract')).toMatchObject({ type: 'indirect', speaker: 'Mara Guilder', speaker_kind: 'person', cue: 'said' });
  });

  test('near miss: a given name before "Guild" makes a person', () => {
    const text = 'Martin Guild said the harvest was late. “It was a hard year,” said Helen Guild, the farmer.';
    expect(quote(text, 'the harvest')).toMatchObject({ type: 'indirect', text: 'the harvest was late', speaker: 'Martin Guild', speaker_start: 0, speaker_kind: 'person', cue: 'said', outlet: null });
    expect(quote(text, 'It was')).toMatchObject({ type: 'direct', text: 'It was a hard year,', speaker: 'Helen Guild', speaker_start: at(text, 'Helen'), speaker_kind: 'person', cue: 'said', outlet: null });
  });
});
