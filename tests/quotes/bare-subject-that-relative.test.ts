import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"said NOUNS that VERB …": a "that" before a verb after a bare subject opens a relative clause, not the content', () => {
  test('"Orr said copper pipes that freeze can burst" reports the whole clause', () => {
    const text = 'Orr said copper pipes that freeze can burst.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'copper pipes')).toMatchObject({
      type: 'indirect', text: 'copper pipes that freeze can burst', start: at(text, 'copper pipes'), end: text.length - 1,
      speaker: 'Orr', speaker_kind: 'person', speaker_mention: 'Orr', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('with an adjective before the noun', () => {
    const text = 'Orr argued older ferries that leak should be retired.';
    expect(quote(text, 'older ferries')).toMatchObject({ type: 'indirect', text: 'older ferries that leak should be retired', speaker: 'Orr', cue: 'argued' });
  });

  test('near miss: a time of saying before "that" still leaves the clause after it', () => {
    const text = 'Orr said last week that copper pipes can burst.';
    expect(quote(text, 'copper pipes')).toMatchObject({ type: 'indirect', text: 'copper pipes can burst', start: at(text, 'copper pipes'), speaker: 'Orr', cue: 'said' });
  });

  test('near miss: a plural noun after "that" is the subject of a that-clause', () => {
    const text = 'Orr disclosed on Monday that inspectors were told to wait.';
    expect(quote(text, 'inspectors')).toMatchObject({ type: 'indirect', text: 'inspectors were told to wait', start: at(text, 'inspectors'), speaker: 'Orr', cue: 'disclosed' });
  });
});
