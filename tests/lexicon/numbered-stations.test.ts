import { describe, expect, test } from 'vitest';
import { numberedStation } from '../../src/lexicon/numbered-stations.js';

describe('a local station named by brand and channel number', () => {
  test('a brand word, a known broadcaster or a call sign, its number and a place or desk', () => {
    expect(numberedStation('News 8 Lakeshore')).toBe('News 8 Lakeshore');
    expect(numberedStation('CBS 3 Philadelphia')).toBe('CBS 3 Philadelphia');
    expect(numberedStation('WXYZ 7')).toBe('WXYZ 7');
    expect(numberedStation('NBC4 Washington')).toBe('NBC4 Washington');
  });

  test('near misses: no brand, lower-case words after the number, a long run', () => {
    expect(numberedStation('Apollo 11 Crew')).toBeNull();
    expect(numberedStation('NBC 5 viewers')).toBeNull();
    expect(numberedStation('Fox 5 New York City Morning Desk')).toBeNull();
  });

  test('"Channel" and its number alone, in figures or a capitalised word', () => {
    expect(numberedStation('Channel 7')).toBe('Channel 7');
    expect(numberedStation('Channel Nine')).toBe('Channel Nine');
    expect(numberedStation('Channel Islands')).toBeNull();
    expect(numberedStation('Channel nine')).toBeNull();
  });
});
