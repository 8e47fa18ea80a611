import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AtomicFile } from '../../src/export/atomic.js';
import { CsvFile } from '../../src/export/csv.js';

const dir = () => mkdtempSync(join(tmpdir(), 'qw-atomic-'));

// Rows of a few hundred bytes with characters of 2, 3 and 4 bytes in UTF-8, many times the 64 KB gathered per write.
const rows = Array.from({ length: 4000 }, (_, i) => `${i}\tÉlise Okafor said “the pier reopens” 港 😀 ${'x'.repeat(i % 97)}\n`);

describe('AtomicFile', () => {
  test('a file far larger than one gathered write holds every chunk, in order, once committed', async () => {
    const path = join(dir(), 'quotes.jsonl');
    const file = await AtomicFile.open(path);
    for (const row of rows) await file.write(row);
    expect(existsSync(path)).toBe(false);
    await file.commit();
    expect(readFileSync(path, 'utf8')).toBe(rows.join(''));
    expect(readdirSync(join(path, '..'))).toEqual(['quotes.jsonl']);
  });

  test('a discarded file leaves nothing behind, whatever it had gathered', async () => {
    const d = dir();
    const file = await AtomicFile.open(join(d, 'quotes.jsonl'));
    for (const row of rows) await file.write(row);
    await file.discard();
    expect(readdirSync(d)).toEqual([]);
  });
});

describe('CsvFile over many gathered writes', () => {
  test('thousands of rows come out complete and in order', async () => {
    const path = join(dir(), 'quotes.csv');
    const file = await CsvFile.open(path, ['n', 'text']);
    for (const [n, text] of rows.entries()) await file.write({ n, text: text.trimEnd() });
    await file.commit();
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines[0]).toBe('n,text');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[1]).toBe(`0,${rows[0]!.trimEnd()}`);
    expect(lines[rows.length]).toContain(`${rows.length - 1}\tÉlise Okafor`);
  });
});
