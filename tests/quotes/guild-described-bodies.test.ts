import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the guild" stands for the guild named before it', () => {
  test('a guild whose name goes on past "Guild" speaks again as "the guild"', () => {
    const text = 'The Directors Guild of Northland rejected the offer. "This is not a serious proposal," the guild said in a statement.';
    expect(quote(text, 'This is not')).toMatchObject({
      type: 'direct', text: 'This is not a serious proposal,', start: at(text, 'This is not'), speaker: 'Directors Guild of Northland',
      speaker_kind: 'organization', speaker_mention: 'the guild', speaker_start: at(text, 'the guild'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a person named before is no guild, so "the guild" stays unnamed', () => {
    const text = 'Mara Quist rejected the offer. "This is not a serious proposal," the guild said.';
    expect(quote(text, 'This is not')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'the guild', cue: 'said', outlet: null });
  });
});
