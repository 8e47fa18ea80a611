import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AtomicFile, removeStalePartials } from '../../src/export/atomic.js';
import { CsvFile } from '../../src/export/csv.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

const dir = () => tempDir('qw-atomic-');

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

  test('writeWhole commits what its writer wrote', async () => {
    const path = join(dir(), 'report.html');
    await AtomicFile.writeWhole(path, async (file) => {
      await file.write('<p>one</p>');
      await file.write('<p>two</p>');
    });
    expect(readFileSync(path, 'utf8')).toBe('<p>one</p><p>two</p>');
    expect(readdirSync(join(path, '..'))).toEqual(['report.html']);
  });

  test('negative: writeWhole whose writer fails leaves no file and no partial, and throws the error on', async () => {
    const path = join(dir(), 'report.html');
    await expect(AtomicFile.writeWhole(path, async (file) => {
      await file.write('<p>half</p>');
      throw new Error('renderer broke');
    })).rejects.toThrow('renderer broke');
    expect(readdirSync(join(path, '..'))).toEqual([]);
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

describe('removeStalePartials', () => {
  test("a killed run's temporary files on this machine are removed; a live process's, another machine's and other files stay", async () => {
    const d = dir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const host = hostname();
    const names = {
      stale: `quotes.csv.partial-${host}-${gone}-1`,
      staleHidden: `.quotewire-json-quotes.partial-${host}-${gone}-5`,
      live: `people.csv.partial-${host}-${process.pid}-2`,
      elsewhere: `quotes.csv.partial-other-machine-${gone}-1`,
      output: 'quotes.csv',
      lookalike: 'notes.partial-plan.txt',
    };
    for (const name of Object.values(names)) writeFileSync(join(d, name), 'x');
    const removed = await removeStalePartials(d);
    expect(removed.sort()).toEqual([names.staleHidden, names.stale]);
    expect(readdirSync(d).sort()).toEqual([names.live, names.elsewhere, names.output, names.lookalike].sort());
  });

  test('a folder that does not exist yet has nothing to remove', async () => {
    expect(await removeStalePartials(join(dir(), 'not-yet'))).toEqual([]);
  });
});
