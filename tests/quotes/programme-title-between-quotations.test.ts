import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a programme title after its kind lies inside one pair of quotation marks', () => {
  test('"“… this show,” X said. Y called it “…”" then "on the show": the text between two quotations is no title', () => {
    const text = '“Doris was the soul of this show,” Penrose said. The Courier called the finale “a graceful exit.” According to one insider on the show, the crew learned of it late.';
    const quotes = quotesOf(text);
    const last = quotes.find((q) => q.type === 'indirect')!;
    expect(last).toMatchObject({
      text: 'the crew learned of it late', start: at(text, 'the crew'), speaker: null, speaker_mention: 'one insider on the show',
      cue: 'According to', outlet: null,
    });
    expect(entityNames(text).outlets).not.toContain('Penrose said. The Courier called the finale');
  });

  test('negative: "the show “Night Desk”" still names the programme in its own marks', () => {
    const text = 'Penrose hosts the show “Night Desk” each week. According to one insider on the show, the crew learned of it late.';
    const q = quotesOf(text).find((x) => x.type === 'indirect')!;
    expect(q).toMatchObject({ text: 'the crew learned of it late', cue: 'According to', outlet: 'Night Desk' });
  });
});
