import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a heading label before a colon names no speaker: "Claim: “…”"', () => {
  test('a fact-check\'s "Claim:" / "Verdict:" / "The facts:" paragraph quotes nobody', () => {
    expect(quotesOf('Claim: “Rents in the county have tripled since 2019.”')).toEqual([]);
    expect(quotesOf('Verdict: “Rents in the county have tripled since 2019.”')).toEqual([]);
    expect(quotesOf('The facts: “Rents in the county rose by a fifth.”')).toEqual([]);
  });

  test('negative: a named speaker\'s turn before a colon keeps its speaker', () => {
    const text = 'Okonjo-Laird: “We rehearsed in a garage for two winters.”';
    expect(quote(text, 'We rehearsed')).toMatchObject({
      type: 'direct', text: 'We rehearsed in a garage for two winters.', start: at(text, 'We rehearsed'), speaker: 'Okonjo-Laird', cue: null, outlet: null,
    });
  });

  test('negative: a report after the label is still one', () => {
    const text = 'Claim: Mayor Tove Brandt said rents had “tripled since 2019.”';
    expect(quote(text, 'tripled')).toMatchObject({ type: 'partial', text: 'tripled since 2019.', start: at(text, 'tripled'), speaker: 'Tove Brandt', cue: 'said', outlet: null });
  });
});
