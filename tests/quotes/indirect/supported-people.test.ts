import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

describe('a person backed or defended, with only a time or a place after: a pronoun is no report, a name is the object alone', () => {
  test('"who backed Marsh last week": the name alone is the object (as "who backed Okafor" is), not its time', () => {
    const text = 'Councillor Ines Faraday, who backed Marsh last week, said she was disappointed.';
    const reports = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(reports.map((q) => [q.text, q.cue, q.speaker])).toEqual([['Marsh', 'backed', 'Ines Faraday'], ['she was disappointed', 'said', 'Ines Faraday']]);
    expect(text.slice(reports[0]!.start, reports[0]!.end)).toBe('Marsh');
  });

  test('"defended him on local radio" adds none', () => {
    const text = 'Owen Pritchard defended him on local radio.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
  });

  test('a position backed stays a report: "backed the merger last week"', () => {
    const text = 'Owen Pritchard backed the merger last week.';
    expect(quote(text, 'the merger')).toMatchObject({ text: 'the merger last week', type: 'indirect', speaker: 'Owen Pritchard', cue: 'backed', start: 22, end: 42 });
  });

  test('a description given after "as" stays: "defended him as a man of principle"', () => {
    const text = 'Owen Pritchard defended him as a man of principle.';
    expect(quote(text, 'him as')).toMatchObject({ text: 'him as a man of principle', type: 'indirect', speaker: 'Owen Pritchard', cue: 'defended' });
  });
});
