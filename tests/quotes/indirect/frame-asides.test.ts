import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a report in an aside between another frame and its content', () => {
  test('"According to X, which first reported Y, CLAUSE": the aside\'s object ends at its comma', () => {
    const text = 'According to Der Spiegel, which first reported the positive test last month, two other athletes have been questioned.';
    const main = quote(text, 'two other');
    expect(main).toMatchObject({ text: 'two other athletes have been questioned', type: 'indirect', speaker: 'Der Spiegel', cue: 'According to', outlet: 'Der Spiegel' });
    expect(main.start).toBe(at(text, 'two other'));
    expect(main.end).toBe(at(text, '.'));
    const aside = quotesOf(text).filter((q) => q.cue === 'reported');
    for (const q of aside) expect(q.end).toBeLessThanOrEqual(at(text, ', two other'));
    expect(quotesOf(text).filter((q) => q.end === main.end)).toHaveLength(1);
  });

  test('near miss: a said-report whose content holds another report\'s content is not cut', () => {
    const text = 'Mara Voss said the board told staff the pier would close.';
    const q = quote(text, 'the board');
    expect(q).toMatchObject({ text: 'the board told staff the pier would close', cue: 'said', speaker: 'Mara Voss' });
  });
});
