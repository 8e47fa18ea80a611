import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a report in a relative clause on the speaker, then the main clause', () => {
  test('an aside right after the content\'s first word does not hide where the relative clause ends', () => {
    const text = 'Mara Venn, who had predicted that rents, already steep, would climb, now says they will drop.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue])).toEqual([
      ['rents, already steep, would climb', 'indirect', 'Mara Venn', 'predicted'],
      ['they will drop', 'indirect', 'Mara Venn', 'says'],
    ]);
    expect(quote(text, 'rents')).toMatchObject({ start: at(text, 'rents'), end: at(text, 'climb') + 'climb'.length });
  });

  test('a speech verb inside the relative clause\'s content is no cue of the speaker\'s when the main clause comes later', () => {
    const text = 'Ida Brandt, who told the BBC that the judges, as expected, said no, is now appealing the decision.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet])).toEqual([
      ['the judges, as expected, said no', 'indirect', 'Ida Brandt', 'told', 'BBC'],
    ]);
  });

  test('a warn cue\'s hearer outlet is its report\'s, not the outlet the main clause tells', () => {
    const text = 'Karl Ostrow, who warned the Guardian that fares would double, later told the Times that they would not.';
    expect(quote(text, 'fares')).toMatchObject({ text: 'fares would double', type: 'indirect', speaker: 'Karl Ostrow', cue: 'warned', outlet: 'Guardian' });
    expect(quote(text, 'they would not')).toMatchObject({ text: 'they would not', speaker: 'Karl Ostrow', cue: 'told', outlet: 'Times' });
  });

  test('a noun-phrase object in the relative clause ends at its closing comma, before the main clause\'s verb', () => {
    const text = 'Councillor Rhea Tamsin, who proposed a 4 percent fare cut in March, welcomed the budget.';
    expect(quote(text, 'a 4 percent')).toMatchObject({
      text: 'a 4 percent fare cut in March', type: 'indirect', speaker: 'Rhea Tamsin', cue: 'proposed',
      start: at(text, 'a 4 percent'), end: at(text, 'March') + 'March'.length,
    });
  });
});
