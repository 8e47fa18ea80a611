import { expect } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import type { Quote } from '../../src/types.js';

export const quotesOf = (text: string) => extractArticle(text, { id: 't' }).quotes;
export const at = (text: string, needle: string) => text.indexOf(needle);

/** The quote whose text starts with `start`, its offsets checked against the article text. */
export function quote(text: string, start: string): Quote {
  const q = quotesOf(text).find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  expect(text.slice(q.start, q.end)).toBe(q.text);
  if (q.speaker_start !== null) expect(text.slice(q.speaker_start, q.speaker_end!)).toBe(q.speaker_mention);
  if (q.cue_start !== null) expect(text.slice(q.cue_start, q.cue_end!)).toBe(q.cue);
  return q;
}
