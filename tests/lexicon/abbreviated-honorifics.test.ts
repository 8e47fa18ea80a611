import { describe, expect, test } from 'vitest';
import { abbreviatedHonorificAlternatives, abbreviatedHonorifics } from '../../src/lexicon/abbreviated-honorifics.js';

describe('abbreviated honorifics (data/abbreviated-honorifics.json)', () => {
  test('lists the abbreviations without their stop, in file order', () => {
    expect(abbreviatedHonorifics().slice(0, 4)).toEqual(['Mr', 'Mrs', 'Ms', 'Dr']);
    expect(abbreviatedHonorifics()).toContain('Capt');
  });

  test('as alternatives they match "Dr." before a name but not a word that merely starts like one', () => {
    const opening = new RegExp(String.raw`^(?:${abbreviatedHonorificAlternatives()})\.[ \t]+`);
    expect(opening.test('Dr. Ansel')).toBe(true);
    expect(opening.test('Drew Ansel')).toBe(false);
  });
});
