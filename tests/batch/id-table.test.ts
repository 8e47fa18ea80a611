import { describe, expect, test } from 'vitest';
import { IdTable } from '../../src/batch/id-table.js';

describe('the table of ids a run has seen', () => {
  test('the first time an id is stored with its value; later the stored value comes back, across growth', () => {
    const table = new IdTable();
    for (let k = 0; k < 5000; k++) expect(table.getOrSet(`feed-${k}`, k)).toBeUndefined();
    for (let k = 0; k < 5000; k++) expect(table.getOrSet(`feed-${k}`, -1)).toBe(k);
    expect(table.getOrSet('feed-5000', 7)).toBeUndefined();
    expect(table.getOrSet('', 9)).toBeUndefined();
    expect(table.getOrSet('', 10)).toBe(9);
  });

  test('ids that differ in one character, in order or in case, are different ids', () => {
    const table = new IdTable();
    for (const id of ['ab', 'ba', 'AB', 'a b', 'ab ', 'é', 'e\u0301']) expect(table.getOrSet(id, 1)).toBeUndefined();
  });
});
