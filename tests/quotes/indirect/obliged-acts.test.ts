import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a cue verb in the infinitive after require/force/allow/ask + object reports nothing', () => {
  test('"a rule that will require officers to disclose what …" and "a law that forces firms to reveal how …"', () => {
    expect(quotesOf('The council adopted a rule that will require officers to disclose what gifts they receive.')).toEqual([]);
    expect(quotesOf('The ministry approved a law that forces firms to reveal how much they pay.')).toEqual([]);
    expect(quotesOf('The new charter allows tenants to explain why a repair is late.')).toEqual([]);
  });

  test('inside a report, only the outer report stands: "said the code would compel doctors to report …"', () => {
    const text = 'Nadia Ferro said the new code would compel doctors to report which drugs they prescribe.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the new code')).toMatchObject({
      type: 'indirect', text: 'the new code would compel doctors to report which drugs they prescribe', start: at(text, 'the new code'), end: text.length - 1,
      speaker: 'Nadia Ferro', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: the subject\'s own cue after "to" with no object between still reports: "wants to reveal that …"', () => {
    const text = 'The board wants to reveal that the audit found no fraud.';
    expect(quote(text, 'the audit')).toMatchObject({ type: 'indirect', text: 'the audit found no fraud', start: at(text, 'the audit'), speaker_mention: 'The board', cue: 'reveal', outlet: null });
  });
});
