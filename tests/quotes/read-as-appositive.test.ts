import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

const rows = (text: string) => quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.outlet, q.start, q.end]);

describe('an apposition saying how quoted words were taken ("…,” a post some fans read as sarcastic)', () => {
  test('the reading verb is no inverted cue: the words stay with the cue before them', () => {
    const text = 'The singer said on Facebook that she was “thrilled to lose again,” a post many listeners read as a joke.';
    expect(rows(text)).toEqual([
      ['thrilled to lose again,', 'partial', 'The singer', 'said', null, at(text, 'thrilled'), at(text, 'thrilled') + 'thrilled to lose again,'.length],
    ]);
  });

  test('the comma outside the marks and another noun and verb ("a remark … took as")', () => {
    const text = 'The coach said the referee had been “very consistent”, a remark reporters took as a complaint.';
    expect(rows(text)).toEqual([
      ['very consistent', 'partial', 'The coach', 'said', null, at(text, 'very'), at(text, 'very') + 'very consistent'.length],
    ]);
  });

  test('near miss: a person right after the quotation with a speech verb still attributes it', () => {
    const text = '“We are just happy to be here,” a spokesman for the team said on Monday.';
    expect(rows(text)).toEqual([
      ['We are just happy to be here,', 'direct', 'a spokesman for the team', 'said', null, 1, 1 + 'We are just happy to be here,'.length],
    ]);
  });
});
