import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from 'fast-csv';
import { describe, expect, test } from 'vitest';
import { CsvFile, neutralizeFormula } from '../../src/export/csv.js';
import { tempDirMaker } from '../helpers/temp-dirs.js';

const tempDir = tempDirMaker();

function parse(csv: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(csv).on('data', (r: string[]) => rows.push(r)).on('error', reject).on('end', () => resolve(rows));
  });
}

describe('CSV output', () => {
  test('cells a spreadsheet would run as a formula are neutralised', () => {
    for (const cell of ['=SUM(A1:A9)', '=1', '-2+3', '+1+1', '@cmd', '@1', '\tx', '\rx', '-:3+cmd|x', "-cmd|' /C calc'!A0", '--1', '-1e5', '+']) expect(neutralizeFormula(cell), cell).toBe(`'${cell}`);
    for (const cell of ['Hello', '“Quote”', '', '3 = 3']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  test('a signed number, the path "-" and standard input\'s ids are values, not formulas: left as they are', () => {
    for (const cell of ['-', '-2', '+1', '-0.25', '-:3', '-:12#0-26', '-:12@-:40', '-:12@-:40#5-9']) expect(neutralizeFormula(cell), cell).toBe(cell);
  });

  test('awkward text survives a round trip through a CSV parser', async () => {
    const path = join(tempDir('qw-csv-'), 'rows.csv');
    const awkward = ['commas, everywhere', 'say "hi" twice ""', 'line one\nline two\r\nline three', 'emoji 😀 and 🇺🇸', 'plain', '=HYPERLINK("x")'];
    const file = await CsvFile.open(path, ['text', 'n', 'list']);
    for (const [i, text] of awkward.entries()) await file.write({ text, n: i, list: ['a', 'b;c'] });
    await file.commit();
    const rows = await parse(readFileSync(path, 'utf8'));
    expect(rows[0]).toEqual(['text', 'n', 'list']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...awkward.slice(0, 5), `'=HYPERLINK("x")`]);
    expect(rows[1]).toEqual(['commas, everywhere', '0', 'a;b;c']);
  });

  test('formula neutralisation can be turned off', async () => {
    const path = join(tempDir('qw-csv-'), 'raw.csv');
    const file = await CsvFile.open(path, ['text'], { formulaSafe: false });
    await file.write({ text: '=1+1' });
    await file.commit();
    expect(readFileSync(path, 'utf8')).toBe('text\n=1+1\n');
  });

  test('every row ends with a line break, so a header-only file and a full one both count right with wc -l', async () => {
    const dir = tempDir('qw-csv-');
    const empty = await CsvFile.open(join(dir, 'empty.csv'), ['id', 'text']);
    await empty.commit();
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8')).toBe('id,text\n');
    const two = await CsvFile.open(join(dir, 'two.csv'), ['id', 'text']);
    await two.write({ id: 'a', text: 'ferry, late' });
    await two.write({ id: 'b', text: 'on time' });
    await two.commit();
    expect(readFileSync(join(dir, 'two.csv'), 'utf8')).toBe('id,text\na,"ferry, late"\nb,on time\n');
  });

  test('the exact bytes: quotes doubled, line breaks and delimiters quoted, non-ASCII kept, the header once', async () => {
    const path = join(tempDir('qw-csv-'), 'exact.csv');
    const file = await CsvFile.open(path, ['id', 'text']);
    await file.write({ id: 'q1', text: 'Tomas Brell said "never"' });
    await file.write({ id: 'q2', text: 'two\nlines, one cell' });
    await file.write({ id: 'q3', text: '“Ferries” café 😀' });
    await file.write({ id: 'q4', text: '@Brell' });
    await file.commit();
    expect(readFileSync(path, 'utf8')).toBe(
      'id,text\nq1,"Tomas Brell said ""never"""\nq2,"two\nlines, one cell"\nq3,“Ferries” café 😀\nq4,\'@Brell\n',
    );
  });

  test('a row whose cells are the column names is a row like any other, not taken for the header', async () => {
    const path = join(tempDir('qw-csv-'), 'names.csv');
    const file = await CsvFile.open(path, ['id', 'text']);
    await file.write({ id: 'id', text: 'text' });
    await file.write({ id: 'id', text: 'text' });
    await file.commit();
    expect(readFileSync(path, 'utf8')).toBe('id,text\nid,text\nid,text\n');
  });
});
