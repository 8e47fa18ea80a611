import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"accused X of …": the charge after "of" is the content (accusation-content.ts)', () => {
  test('"…, accusing it of withholding wages": the accuser speaks, the content starts after "of"', () => {
    const text = 'The Harbour Workers Union sued the port on Tuesday, accusing it of withholding $3 million in overtime.';
    const reports = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      text: 'withholding $3 million in overtime', type: 'indirect', speaker_mention: 'The Harbour Workers Union', cue: 'accusing', outlet: null,
      start: at(text, 'withholding'), end: at(text, '.'),
    });
  });

  test('an "of" before a name stays in the object: "the mayor of Dunmore of lying"', () => {
    const text = 'Vera Holm accused the mayor of Dunmore of lying.';
    expect(quote(text, 'lying')).toMatchObject({ text: 'lying', speaker: 'Vera Holm', cue: 'accused', start: at(text, 'lying') });
  });

  test('the near miss: "accused the mayor" with no "of" keeps its object', () => {
    const text = 'Vera Holm accused the harbour mayor.';
    expect(quote(text, 'the harbour mayor')).toMatchObject({ text: 'the harbour mayor', cue: 'accused', start: at(text, 'the harbour') });
  });
});
