import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('"told the Boise Statesman": a town and a newspaper word name a local paper the data does not list', () => {
  test('the paper told, and "told the newspaper" after it, are that paper', () => {
    const text = 'His uncle, Tomas Reyna, told the Carbon Valley Statesman that the family had been ignored. “We asked twice,” he told the newspaper.';
    expect(quote(text, 'the family had been ignored')).toMatchObject({ text: 'the family had been ignored', type: 'indirect', speaker: 'Tomas Reyna', cue: 'told', cue_start: at(text, 'told the Carbon'), start: at(text, 'the family had'), outlet: 'Carbon Valley Statesman' });
    expect(quote(text, 'We asked twice')).toMatchObject({ text: 'We asked twice,', type: 'direct', speaker: 'Tomas Reyna', cue: 'told', cue_start: at(text, 'told the newspaper'), outlet: 'Carbon Valley Statesman' });
    expect(extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name)).toEqual(['Carbon Valley Statesman']);
  });

  test('two newspaper words end the name too ("the Marlow Plain Dealer")', () => {
    const text = 'Ines Calder told the Marlow Plain Dealer that the bridge would reopen in May.';
    expect(quote(text, 'the bridge would reopen')).toMatchObject({ text: 'the bridge would reopen in May', type: 'indirect', speaker: 'Ines Calder', cue: 'told', outlet: 'Marlow Plain Dealer' });
  });

  test('negative: a capitalised name without a newspaper word after "told the" is no outlet', () => {
    const text = 'Ines Calder told the Marlow Council that the bridge would reopen in May.';
    expect(quote(text, 'the bridge would reopen')).toMatchObject({ type: 'indirect', speaker: 'Ines Calder', cue: 'told', outlet: null });
  });
});

describe('"the newspaper" after a paper whose last word is a known short name', () => {
  test('"According to the newspaper" after "The Harbour Journal reported" is The Harbour Journal, not "Journal"', () => {
    const text = 'The Harbour Journal reported that the pier had failed a safety check. According to the newspaper, the council had spent $2 million.';
    expect(quote(text, 'the pier had failed')).toMatchObject({ type: 'indirect', speaker: 'The Harbour Journal', speaker_kind: 'outlet', cue: 'reported', outlet: 'The Harbour Journal' });
    expect(quote(text, 'the council had spent')).toMatchObject({ text: 'the council had spent $2 million', type: 'indirect', speaker: 'The Harbour Journal', speaker_kind: 'outlet', speaker_mention: 'the newspaper', cue: 'According to', start: at(text, 'the council had'), outlet: 'The Harbour Journal' });
    const outlets = extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name);
    expect(outlets).toHaveLength(1);
    expect(outlets.some((o) => /newspaper/.test(o))).toBe(false);
  });

  test('negative: a known paper ending in that word stays itself ("The Wall Street Journal")', () => {
    const text = 'The Wall Street Journal reported that the deal had collapsed. According to the newspaper, the bank had walked away.';
    expect(quote(text, 'the bank had walked away')).toMatchObject({ speaker_kind: 'outlet', outlet: 'The Wall Street Journal' });
  });
});
