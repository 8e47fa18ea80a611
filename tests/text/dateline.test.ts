import { describe, expect, test } from 'vitest';
import { datelineLength } from '../../src/text/dateline.js';

describe('datelineLength: a place in capitals, maybe an agency, then a dash', () => {
  test('counts the place, the agency and the dash with the space after it', () => {
    expect(datelineLength('SEATTLE — Copper Kites opened.', 0)).toBe(10);
    expect(datelineLength('SAN DIEGO (Reuters) - Ana Ruiz said.', 0)).toBe(22);
    expect(datelineLength('Intro. OSLO — Ana Ruiz said.', 7)).toBe(7);
  });

  test('negative: a title in ordinary case before a dash is no dateline', () => {
    expect(datelineLength('Copper Kites — Part II opened.', 0)).toBe(0);
  });
});
