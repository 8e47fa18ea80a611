import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('outlets that are no medium of the words', () => {
  test('a questioner\'s agency at a press conference does not carry the answer', () => {
    const text = 'At a news conference, a reporter from Reuters asked whether the dam would hold. “The concrete,” the engineer said, “is sound.”';
    const q = quote(text, 'The concrete');
    expect(q).toMatchObject({ text: 'The concrete,', type: 'direct', cue: 'said', outlet: null });
    expect(q.start).toBe(at(text, 'The concrete'));
  });

  test('a network named for a role on its series is no outlet: "who had a role on the NBC series “…”"', () => {
    const text = 'Corvin, who once had a small role on the NBC series “Harbor Lights,” says painting came first. “I never wanted fame,” he said.';
    expect(quote(text, 'painting came first')).toMatchObject({ type: 'indirect', speaker: 'Corvin', cue: 'says', outlet: null, start: at(text, 'painting came') });
    expect(quote(text, 'I never wanted')).toMatchObject({ type: 'direct', speaker: 'Corvin', speaker_mention: 'he', cue: 'said', outlet: null });
  });
});
