import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a group\'s capitalised name, then its kind in small letters, is that group', () => {
  test('"The Renters Action alliance said that …"', () => {
    const text = 'The Renters Action alliance said that rents had tripled.';
    expect(quote(text, 'rents had')).toMatchObject({
      type: 'indirect', text: 'rents had tripled', start: at(text, 'rents had'), end: at(text, '.'),
      speaker: 'Renters Action alliance', speaker_kind: 'organization', speaker_mention: 'The Renters Action alliance',
      speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('a name holding "for" before the kind noun, with a partial quote', () => {
    const text = 'The Parents for Safe Streets coalition said in a statement that the ruling “ignored the evidence”.';
    expect(quote(text, 'ignored the')).toMatchObject({
      type: 'partial', text: 'ignored the evidence', start: at(text, 'ignored the'),
      speaker: 'Parents for Safe Streets coalition', speaker_kind: 'organization',
      speaker_mention: 'The Parents for Safe Streets coalition', cue: 'said', outlet: null,
    });
  });

  test('near miss: "Members of the group" names no group', () => {
    const text = 'Members of the group said the vote was rigged.';
    expect(quote(text, 'the vote')).toMatchObject({ type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Members of the group', cue: 'said' });
  });
});
