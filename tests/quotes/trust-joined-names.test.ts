import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a trust whose name joins two places with "and" is one body after an opening phrase', () => {
  test('"In a statement, Ashby and Vale NHS Trust said" keeps the whole name', () => {
    const text = 'In a statement, Ashby and Vale Community NHS Trust said it “fully accepts” the findings.';
    expect(quote(text, 'fully accepts')).toMatchObject({
      type: 'partial', text: 'fully accepts', start: at(text, 'fully accepts'), speaker: 'Ashby and Vale Community NHS Trust',
      speaker_kind: 'organization', speaker_start: at(text, 'Ashby'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a person and a trust joined by "and" are still two', () => {
    const text = 'In a statement, Maria Lund and the Vale Community NHS Trust said they “fully accept” the findings.';
    expect(quote(text, 'fully accept')?.speaker).not.toBe('Lund and the Vale Community NHS Trust');
  });
});
