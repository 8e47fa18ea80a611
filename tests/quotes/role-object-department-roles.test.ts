import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a role ends before whom it serves, and "head of" a department is a role', () => {
  test('"A spokeswoman for the governor, Rhea Solberg, told the Courier that …": the role is "spokeswoman", not "spokeswoman governor"', () => {
    const text = 'A spokeswoman for the governor, Rhea Solberg, told the Courier that the veto was certain.';
    expect(quote(text, 'the veto')).toMatchObject({
      type: 'indirect', text: 'the veto was certain', start: at(text, 'the veto'), speaker: 'Rhea Solberg', speaker_kind: 'person', speaker_mention: 'Rhea Solberg', speaker_role: 'spokeswoman', cue: 'told', outlet: 'Courier',
    });
  });

  test('negative: role words joined by small letters with no preposition keep the whole office ("the chief operating officer")', () => {
    const text = '“Orders doubled,” said the chief operating officer, Priya Talwin.';
    expect(quote(text, 'Orders')).toMatchObject({ speaker: 'Priya Talwin', speaker_role: 'chief operating officer', cue: 'said' });
  });

  test('"said Ivo Marten, the studio\'s head of animated features" gives the role "head of animated features"', () => {
    const text = '“We rushed the sequel,” said Ivo Marten, the studio’s head of animated features.';
    expect(quote(text, 'We rushed')).toMatchObject({
      type: 'direct', text: 'We rushed the sequel,', start: at(text, 'We rushed'), speaker: 'Ivo Marten', speaker_kind: 'person', speaker_mention: 'Ivo Marten', speaker_role: 'head of animated features', cue: 'said', outlet: null,
    });
  });

  test('negative: "the head of the council", a body after its article, gives no department role', () => {
    const text = '“We rushed the budget,” said Ivo Marten, the head of the council.';
    expect(quote(text, 'We rushed')).toMatchObject({ speaker: 'Ivo Marten', cue: 'said' });
    expect(quote(text, 'We rushed')!.speaker_role).not.toBe('head of the council');
  });
});
