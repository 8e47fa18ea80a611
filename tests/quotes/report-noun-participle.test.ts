import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('", warning that … “…”": the participle gives the words quoted in its clause (cue "warning")', () => {
  test('after a clause with no report, the partial is kept and goes to the subject', () => {
    const text = 'The school board closed the pool on Friday, warning that repairs would be “slow and expensive.”';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'slow and expensive.', start: at(text, 'slow and'), end: at(text, '”'),
      speaker: 'The school board', speaker_mention: 'The school board', cue: 'warning', cue_start: at(text, 'warning'), outlet: null,
    }]);
  });

  test('after an object cue the partial takes "warning" as its cue', () => {
    const text = 'The governor urged hikers to stay off the ridge, warning that the trail was “a death trap.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a death trap.', speaker_mention: 'The governor', cue: 'warning' }]);
  });

  test('near miss: with no quotation ", warning that …" stays inside the report before it', () => {
    const text = 'Halvorsen said the ferry was safe, warning that repairs could take months.';
    expect(quotesOf(text).map((q) => q.cue)).toEqual(['said']);
  });

  test('near miss: inside a said-report the quoted words stay with "said"', () => {
    const text = 'Halvorsen said the ferry was safe, warning that repairs would be “painfully slow.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'painfully slow.', cue: 'said' }]);
  });
});
