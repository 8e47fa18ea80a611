import { describe, expect, test } from 'vitest';
import { segmentParagraphs } from '../../src/text/paragraphs.js';
import { findMarkedSpans } from '../../src/text/quotation-marks.js';

const spansOf = (text: string) => findMarkedSpans(text, segmentParagraphs(text)).map((s) => [text.slice(s.start, s.end), text[s.open]]);

describe('dialogueTurns: a French-style dialogue in one pair of guillemets', () => {
  test('each dashed turn is a span of its own, its words up to the frame inside the marks', () => {
    const text = '« Where is the ferry? asked Luc Marin.\n— In the dry dock, replied Okafor.\n— Since when? »';
    expect(spansOf(text)).toEqual([['Where is the ferry?', '«'], ['In the dry dock,', '—'], ['Since when?', '—']]);
  });

  test('a turn whose comma is followed by no verb of speaking keeps all its words', () => {
    const text = '« Is it sold? asked Marin.\n— Yes, of course.\n— To whom? »';
    expect(spansOf(text)).toEqual([['Is it sold?', '«'], ['Yes, of course.', '—'], ['To whom?', '—']]);
  });

  test('guillemets with no dashed turn are one quotation (negative case)', () => {
    const text = '« We have no choice, said nobody in the hall », Okafor wrote.';
    expect(spansOf(text)).toEqual([['We have no choice, said nobody in the hall', '«']]);
  });
});
