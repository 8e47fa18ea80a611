import { describe, expect, test } from 'vitest';
import { pullquoteText } from '../../src/pullquotes/index.js';

const credit = { speaker: 'Lena Okafor', speaker_role: null, outlet: null, speaker_kind: 'person' as const };

describe('pullquote_text is ready to paste', () => {
  test('inner double quotes become curly single ones, line breaks and runs of spaces one space, a trailing comma a full stop', () => {
    expect(pullquoteText({ ...credit, text: 'Fine, “boxed” and,  folded\nover,' })).toBe('“Fine, ‘boxed’ and, folded over.” — Lena Okafor');
    expect(pullquoteText({ ...credit, text: 'They called it "the quiet year" and meant it' })).toBe('“They called it ‘the quiet year’ and meant it” — Lena Okafor');
  });
});
