import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../../helpers/quotes.js';

describe('acts told inside another speaker\'s reported clause are no reports of their own', () => {
  test('"X said the team … and declined to VERB": no refusal reported for the team', () => {
    const text = 'Coach Lena Marsh said the board remained hopeful and declined to name a date.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the board remained hopeful', start: at(text, 'the board'), speaker: 'Lena Marsh', cue: 'said', outlet: null }]);
  });

  test('near miss: a refusal in a sentence of its own is still a report', () => {
    const text = 'Lena Marsh said the board was hopeful. The union declined to back the deal.';
    expect(quotesOf(text).find((q) => q.cue === 'declined')).toMatchObject({ type: 'indirect', text: 'to back the deal', start: at(text, 'to back'), speaker: 'The union', outlet: null });
  });

  test('"X added that the firms\' plan to VERB … was “…”": only the partial, no plan reported', () => {
    const text = 'He added that the unions\' plan to close two depots by spring was "plainly reckless."';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'plainly reckless.', start: at(text, 'plainly'), cue: 'added', outlet: null }]);
  });

  test('near miss: an owned plan outside any reported clause is still reported', () => {
    const text = 'The unions\' plan to close two depots drew protests.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'to close two depots', start: at(text, 'to close'), speaker_mention: 'The unions', cue: 'plan' }]);
  });
});
