import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"X called “…,” aides said": the label verb\'s subject gave the words', () => {
  test('the quotation right after "called"', () => {
    const text = 'Councillor Priya Anand called “the budget a gift to landlords,” staff said.';
    expect(quote(text, 'the budget')).toMatchObject({
      type: 'partial', text: 'the budget a gift to landlords,', start: at(text, 'the budget'),
      speaker: 'Priya Anand', speaker_mention: 'Priya Anand', speaker_start: at(text, 'Priya'), cue: 'called', cue_start: at(text, 'called'), outlet: null,
    });
  });

  test('an object between the verb and the quotation', () => {
    const text = 'Councillor Priya Anand called the budget “a gift to landlords,” staff said.';
    expect(quote(text, 'a gift')).toMatchObject({ type: 'partial', speaker: 'Priya Anand', cue: 'called', cue_start: at(text, 'called') });
  });

  test('a speech verb before the quotation keeps the cue after it', () => {
    const text = 'Councillor Priya Anand said the budget was “a gift to landlords,” staff said.';
    expect(quote(text, 'a gift')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'staff', cue: 'said', cue_start: at(text, 'staff said') + 6 });
  });

  test('not in a free relative: "What X called “…” was …, the ministry said"', () => {
    const text = 'What residents called “a betrayal of the valley” was signed off on Monday, the council said.';
    expect(quote(text, 'a betrayal')).toMatchObject({
      type: 'partial', text: 'a betrayal of the valley', start: at(text, 'a betrayal'),
      speaker: 'the council', speaker_mention: 'the council', speaker_start: at(text, 'the council'), cue: 'said', cue_start: at(text, 'council said') + 8, outlet: null,
    });
  });
});
