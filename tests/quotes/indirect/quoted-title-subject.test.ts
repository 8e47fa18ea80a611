import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('a quoted title right after "that" opens the reported clause', () => {
  test('"reported that \'Silver Coast\' had …" starts the report at the title', () => {
    const text = "The Ledger reported that 'Silver Coast' had topped the rentals chart.";
    expect(quotesOf(text)).toMatchObject([{
      type: 'indirect', text: "'Silver Coast' had topped the rentals chart", start: at(text, "'Silver"), end: at(text, 'chart') + 'chart'.length,
      speaker: 'Ledger', speaker_start: at(text, 'Ledger'), cue: 'reported', cue_start: at(text, 'reported'), outlet: 'Ledger',
    }]);
  });

  test('curly marks and small title words: "said that ‘Song of the Sea’ was …"', () => {
    const text = 'Ferro said that ‘Song of the Sea’ was her favourite track.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: '‘Song of the Sea’ was her favourite track', start: at(text, '‘Song'), speaker: 'Ferro', cue: 'said', outlet: null }]);
  });

  test('near miss: quoted lower-case words after "that" are no title', () => {
    const text = "Ferro said that 'nobody' was coming.";
    expect(quotesOf(text).some((q) => q.type === 'indirect' && q.start === at(text, "'nobody'"))).toBe(false);
  });
});
