import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('an abbreviation that often ends a sentence, before an opening quotation mark, ends it', () => {
  test('"a.m." before a quotation: the report before keeps its indirect', () => {
    const text = 'Priya Nand said the alarm went off in her kitchen at 4 a.m. "I ran for the door," she told reporters.';
    expect(quote(text, 'the alarm')).toMatchObject({
      type: 'indirect', text: 'the alarm went off in her kitchen at 4 a.m.', start: at(text, 'the alarm'), speaker: 'Priya Nand',
      speaker_kind: 'person', speaker_mention: 'Priya Nand', speaker_start: 0, cue: 'said', outlet: null,
    });
    expect(quote(text, 'I ran')).toMatchObject({ type: 'direct', text: 'I ran for the door,', speaker: 'Priya Nand', cue: 'told' });
  });

  test('"U.S." before a curly quotation', () => {
    const text = 'Nand said she had returned to the U.S. “It felt like home,” she said.';
    expect(quote(text, 'she had')).toMatchObject({
      type: 'indirect', text: 'she had returned to the U.S.', start: at(text, 'she had'), speaker: 'Nand', speaker_start: 0, cue: 'said',
    });
  });

  test('near miss: a quotation opening in small letters after "p.m." stays in the sentence', () => {
    const text = 'Nand said the shift ended at 6 p.m. "on the dot."';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.type, q.text, q.speaker, q.cue])).toEqual([['direct', 'on the dot.', 'Nand', 'said']]);
  });
  test('near miss: a title after "U.S." goes on the sentence (no speech punctuation inside its marks)', () => {
    const text = 'He praised the U.S. "Harbor Lights" remake, critics said.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.cue])).toEqual([['indirect', 'He praised the U.S. "Harbor Lights" remake', 0, 'said']]);
  });
});
