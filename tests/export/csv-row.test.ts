import { writeToString } from 'fast-csv';
import { describe, expect, test } from 'vitest';
import { csvRow } from '../../src/export/csv-row.js';

describe('csvRow', () => {
  test('plain cells are joined by commas as they are', () => {
    expect(csvRow(['Mara Okafor', 'said', '', '42'])).toBe('Mara Okafor,said,,42');
  });

  test('quotes are doubled inside a quoted cell; commas, bars and line breaks are quoted', () => {
    expect(csvRow(['the "Harbour Board" vote', 'Port Elwin, Maine', 'a|b', 'one\ntwo', 'cr\rhere'])).toBe('"the ""Harbour Board"" vote","Port Elwin, Maine","a|b","one\ntwo","cr\rhere"');
  });

  test('NUL characters are dropped', () => {
    expect(csvRow(['Okafor\0 said', '\0"x"'])).toBe('Okafor said,"""x"""');
  });

  test('rows read as fast-csv formatted them (the library the files were first written with)', async () => {
    const rows = [
      ['text', 'speaker'],
      ['“The pier reopens,” she said', 'Mara Okafor'],
      ['semi;colon', 'tab\there'],
      ['"', ',', '|', '\r\n', '', '😀 港', "'=1+1", 'x\0y'],
    ];
    const expected = await writeToString(rows, { headers: false, includeEndRowDelimiter: true });
    expect(rows.map((r) => csvRow(r) + '\n').join('')).toBe(expected);
  });
});
