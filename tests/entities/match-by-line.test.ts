// matchAllByLine must find exactly what matchAll over the whole text finds, for patterns that stay on one line.
import { describe, expect, test } from 'vitest';
import { matchAllByLine } from '../../src/text/lines.js';

const TEXT = [
  'Orla Pike as Captain Mara in Tidewater was a surprise.',
  '',
  'Nobody asked. The crew sailed at dawn as planned in March.',
  'Then Tomas Reyes as Old Finn in Harbour Nights, and Ida Wren as The Keeper in Saltmarsh.',
  'as Lone Rider in',
].join('\n');

const AS_IN = /(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+as[ \t]+(\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*)*)[ \t]+in[ \t]+/gu;
const simple = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('matchAllByLine', () => {
  test('same matches and offsets as matchAll over the whole text', () => {
    const whole = simple(TEXT.matchAll(AS_IN));
    expect(whole.length).toBe(3);
    expect(simple(matchAllByLine(TEXT, AS_IN, (line) => line.includes(' as ')))).toEqual(whole);
  });

  test('a word boundary at the end of a line reads as it does in the whole text', () => {
    const endsWord = /[a-z]+ in\b/g;
    expect(simple(matchAllByLine(TEXT, endsWord, () => true))).toEqual(simple(TEXT.matchAll(endsWord)));
  });

  test('lines the test turns away are not searched', () => {
    const found = simple(matchAllByLine(TEXT, AS_IN, (line) => line.startsWith('Then')));
    expect(found.map((m) => m[2])).toEqual(['Tomas Reyes', 'Ida Wren']);
  });
});
