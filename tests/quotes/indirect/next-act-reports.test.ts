import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe("a report running on into its speaker's next report", () => {
  test('"hit back at X, saying …" gives one report, the one of "saying"', () => {
    const text = 'Peter Vance hit back at his opponents on Tuesday, saying the scheme was fair.';
    const all = quotesOf(text);
    expect(all).toHaveLength(1);
    const q = quote(text, 'the scheme');
    expect(q).toMatchObject({ text: 'the scheme was fair', type: 'indirect', speaker: 'Peter Vance', cue: 'saying', outlet: null });
    expect(q.start).toBe(at(text, 'the scheme'));
    expect(q.end).toBe(at(text, '.'));
  });

  test('a denied object ends before "and said …"; the said-report stands alone', () => {
    const text = 'Corrigan, 44, has denied fraud and said he would appeal the ruling.';
    const denied = quote(text, 'fraud');
    expect(denied).toMatchObject({ text: 'fraud', type: 'indirect', speaker: 'Corrigan', cue: 'denied', outlet: null });
    expect(denied.start).toBe(at(text, 'fraud'));
    expect(denied.end).toBe(at(text, ' and said'));
    const said = quote(text, 'he would');
    expect(said).toMatchObject({ text: 'he would appeal the ruling', speaker: 'Corrigan', cue: 'said' });
    expect(quotesOf(text)).toHaveLength(2);
  });

  test('near miss: "hit back, saying …" was one report already', () => {
    const text = 'The governor hit back, saying the audit was rushed.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the audit')).toMatchObject({ text: 'the audit was rushed', cue: 'saying', speaker_mention: 'The governor' });
  });

  test('a long paragraph of such pairs: each denied object still ends before its own "and said" (reports found by offset)', () => {
    const unit = (i: number) => `Corrigan, 44, has denied fraud ${i} and said he would appeal ruling ${i}. `;
    let text = '';
    for (let i = 0; i < 60; i++) text += unit(i);
    const all = quotesOf(text);
    expect(all).toHaveLength(120);
    const last = quote(text, 'fraud 59');
    expect(last).toMatchObject({ text: 'fraud 59', type: 'indirect', speaker: 'Corrigan', cue: 'denied' });
    expect(last.start).toBe(at(text, 'fraud 59'));
    expect(quote(text, 'he would appeal ruling 59')).toMatchObject({ text: 'he would appeal ruling 59', cue: 'said' });
  });
});
