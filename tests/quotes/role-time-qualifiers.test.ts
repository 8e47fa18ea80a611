import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a role is never a bare "former" / "ex-" / "retired"', () => {
  test('"Former international NAME said": "international" is a title after a word of time, so the role is both, never a bare "former"', () => {
    const text = 'Former international Piet Vermaelen said the squad lacked pace.';
    const q = quote(text, 'the squad');
    expect(q).toMatchObject({ type: 'indirect', text: 'the squad lacked pace', start: at(text, 'the squad'), speaker: 'Piet Vermaelen', cue: 'said', outlet: null });
    expect(q.speaker_role).toBe('former international');
  });

  test('negative: "former" before a role word stays with it', () => {
    const text = 'Former coach Piet Vermaelen said the squad lacked pace.';
    expect(quote(text, 'the squad')).toMatchObject({ speaker: 'Piet Vermaelen', speaker_role: 'former coach' });
  });
});
