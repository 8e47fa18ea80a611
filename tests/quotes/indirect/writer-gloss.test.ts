import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('a writer\'s gloss on the report ends its content (cues.json report_gloss_nouns)', () => {
  test('", an argument that …" after the reported clause', () => {
    const text = 'Omar Pell said the mayor had broken the lease, an argument that the council might accept.';
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: 'the mayor had broken the lease', start: at(text, 'the mayor'), end: at(text, ', an argument'),
      speaker: 'Omar Pell', speaker_mention: 'Omar Pell', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
  });

  test('"— a claim that …" after a dash', () => {
    const text = 'Omar Pell said the mayor had broken the lease — a claim that the council denied.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the mayor had broken the lease', start: at(text, 'the mayor'), speaker: 'Omar Pell', cue: 'said', outlet: null }]);
  });

  test('near miss: a report noun that is the clause\'s own object stays in the content', () => {
    const text = 'Omar Pell said the mayor had ignored an argument that the council might accept.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the mayor had ignored an argument that the council might accept', start: at(text, 'the mayor'), speaker: 'Omar Pell', cue: 'said' }]);
  });
});
