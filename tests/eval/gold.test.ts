import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGold } from '../../src/eval/gold.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const goldFile = (lines: string[]) => {
  const path = join(tempDir('qw-gold-'), 'gold.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
};

describe('loadGold', () => {
  test('reads every record, skipping blank lines, with offsets in UTF-16', () => {
    const text = '😀 “We open Monday,” said Ann Green.';
    const path = goldFile([JSON.stringify({ id: 'a', text, quotes: [{ start: 2, end: 19, type: 'direct', speaker: 'Ann Green' }] }), '', JSON.stringify({ id: 'b', text: 'Nothing here.' })]);
    const gold = loadGold(path);
    expect(gold.map((g) => g.id)).toEqual(['a', 'b']);
    expect(text.slice(gold[0]!.quotes[0]!.start, gold[0]!.quotes[0]!.end)).toBe('“We open Monday,”');
  });

  test('a broken record names the file, the line and what is wrong with it', () => {
    const good = JSON.stringify({ id: 'a', text: 'Fine.' });
    expect(() => loadGold(goldFile([good, '{"id":"b","text":"cut off'])))
      .toThrow(/gold\.jsonl line 2: not valid JSON/);
    expect(() => loadGold(goldFile([good, '{"id":"b","quotes":[]}']))).toThrow(/line 2: no "text" string/);
    expect(() => loadGold(goldFile([JSON.stringify({ id: 'c', text: 'Short.', quotes: [{ start: 2, end: 40, type: 'direct' }] })])))
      .toThrow(/line 1: quote 1: start and end must be offsets into the text \(0–6\)/);
  });
});
