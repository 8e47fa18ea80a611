import { describe, expect, test } from 'vitest';
import { rememberLastText } from '../../src/text/last-text.js';

describe('rememberLastText', () => {
  test('works out the answer once for the same text in a row, again for another text, and again when the first returns', () => {
    const asked: string[] = [];
    const length = rememberLastText((text) => {
      asked.push(text);
      return text.length;
    });
    expect([length('Ana said so.'), length('Ana said so.'), length('Bo wrote.'), length('Ana said so.')]).toEqual([12, 12, 9, 12]);
    expect(asked).toEqual(['Ana said so.', 'Bo wrote.', 'Ana said so.']);
  });
});
