import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// A grade ticked on a rating form is no quotation: the gold sets annotate none.
describe('a quoted step of a quality scale after "rated"/"graded" is no partial', () => {
  test('"rated the menu “fair” or “poor”" and "graded the school “good”" give nothing', () => {
    expect(quotesOf('In the survey, most diners rated the menu "fair" or "poor."')).toEqual([]);
    expect(quotesOf('Inspectors graded the school "good" last year.')).toEqual([]);
  });

  test('near miss: a phrase of one\'s own after the grades is still a partial', () => {
    const text = 'In the survey, most diners rated the menu "fair" or "poor," and a few called it "a disgrace."';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'a disgrace')).toMatchObject({ type: 'partial', text: 'a disgrace.', start: at(text, 'a disgrace'), speaker_mention: 'a few', cue: 'called', outlet: null });
  });

  test('near miss: a fact-checker\'s verdict is not a scale step and stays a partial', () => {
    const text = 'Politifact rated the claim "pants on fire."';
    expect(quote(text, 'pants on fire')).toMatchObject({ type: 'partial', start: at(text, 'pants'), cue: 'rated' });
  });
});
