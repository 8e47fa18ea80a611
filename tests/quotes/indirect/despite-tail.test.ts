import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// ", despite …" closing a report: the writer's concession set against it; the content ends before it.
describe('content ends before a closing concession', () => {
  test('", despite …" after a said-clause', () => {
    const text = 'The harbour master said the ferry would sail on Friday, despite warnings from the coastguard.';
    expect(quote(text, 'the ferry would')).toMatchObject({
      text: 'the ferry would sail on Friday', type: 'indirect', start: at(text, 'the ferry'), end: at(text, ', despite'),
      speaker_mention: 'The harbour master', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('", in spite of …" after a told-clause', () => {
    const text = 'Mira Castell told investors the bakery chain would open ten shops, in spite of rising flour prices.';
    expect(quote(text, 'the bakery chain')).toMatchObject({
      text: 'the bakery chain would open ten shops', type: 'indirect', start: at(text, 'the bakery chain'), end: at(text, ', in spite'),
      speaker: 'Mira Castell', cue: 'told', outlet: null,
    });
  });

  test('near miss: a concession opening the reported clause stays in it', () => {
    const text = 'The harbour master said that, despite the storm, the ferry would sail on Friday.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.cue])).toEqual([
      ['despite the storm, the ferry would sail on Friday', 'indirect', 'said'],
    ]);
  });
});
