import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the trade paper" stands for the trade publication named last', () => {
  test('"told the trade paper" after two trade magazines: the last one', () => {
    const text = 'Billboard broke the news, and its rival Variety confirmed it on Friday. A label executive told the trade paper that the album was “nearly finished.”';
    expect(quote(text, 'nearly finished')).toMatchObject({
      text: 'nearly finished.', start: at(text, 'nearly finished'), type: 'partial',
      speaker: null, speaker_mention: 'A label executive', cue: 'told', outlet: 'Variety',
    });
  });

  test('"told the trade publication" skips a newspaper named after the trade outlet', () => {
    const text = 'Deadline first reported the sale. The Boston Globe later confirmed it. A producer told the trade publication that the price was “fair.”';
    expect(quote(text, 'fair')).toMatchObject({ type: 'partial', speaker_mention: 'A producer', cue: 'told', outlet: 'Deadline' });
  });

  test('near miss: "the trade paper" with no trade outlet named before gets none; "the trade union" is no outlet', () => {
    const noTrade = 'The Boston Globe reported the sale. A producer told the trade paper that the price was “fair.”';
    expect(quote(noTrade, 'fair')).toMatchObject({ cue: 'told', outlet: null });
    const union = 'Deadline reported the sale. The producer told the trade union that the price was “fair.”';
    expect(quote(union, 'fair')).toMatchObject({ cue: 'told', outlet: null });
  });
});

describe('"according to the trade paper" gives no one\'s words to it', () => {
  test('near miss: a partial after "According to the trade paper," keeps no outlet from it', () => {
    const text = 'Variety reported the sale on Monday. According to the trade paper, the director was “delighted.”';
    expect(quote(text, 'delighted')).toMatchObject({ type: 'partial', outlet: null });
  });
});
