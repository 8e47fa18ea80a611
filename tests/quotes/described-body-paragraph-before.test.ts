import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the agency" takes up a one-word name that spoke last, in the paragraph before', () => {
  test('"Havenraad said …. ¶ “…,” the agency said": the body, at both quotes', () => {
    const text = 'Havenraad said one lock stayed shut.\n\n“There was no danger,” the agency said.';
    expect(quote(text, 'There was')).toMatchObject({ text: 'There was no danger,', start: at(text, 'There'), type: 'direct', speaker: 'Havenraad', speaker_kind: 'organization', speaker_mention: 'the agency', cue: 'said', outlet: null });
    expect(quote(text, 'one lock')).toMatchObject({ speaker: 'Havenraad', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a full name, or a surname with a role, is no body: "the agency" stays unresolved', () => {
    const named = 'Dana Marlow said one lock stayed shut.\n\n“There was no danger,” the agency said.';
    expect(quote(named, 'one lock')).toMatchObject({ speaker: 'Dana Marlow', speaker_kind: 'person' });
    expect(quote(named, 'There was').speaker).not.toBe('Dana Marlow');
    const role = 'Okafor, the spokeswoman, said one lock stayed shut.\n\n“There was no danger,” the agency said.';
    expect(quote(role, 'one lock')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person', speaker_role: 'spokeswoman' });
    expect(quote(role, 'There was').speaker).not.toBe('Okafor');
  });
});
