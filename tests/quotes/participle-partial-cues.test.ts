import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a partial inside ", adding that …" is given by the participle, not by the cue before it', () => {
  test('"“…,” she said, adding that the fund stayed “open to offers.”": the partial\'s cue is "adding"', () => {
    const text = '“We are not selling today,” Marta Quell said, adding that the fund stayed “open to sensible offers.”';
    expect(quote(text, 'open to')).toMatchObject({ text: 'open to sensible offers.', start: at(text, 'open to'), type: 'partial', speaker: 'Marta Quell', cue: 'adding', cue_start: at(text, 'adding') });
    expect(quote(text, 'We are not')).toMatchObject({ type: 'direct', cue: 'said' });
  });

  test('near miss: a participle that is no speech verb ("pointing to") leaves the cue as it was', () => {
    const text = 'Marta Quell said prices were high, pointing to the fund’s “open to sensible offers” stance.';
    expect(quotesOf(text).filter((q) => q.cue === 'pointing')).toEqual([]);
  });
});
