import { describe, expect, test } from 'vitest';
import type { Token } from '../../src/types.js';
import { isTitleRole, splitTitle, titledName } from '../../src/quotes/titles.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

/** Tokens of space-separated words, a lone "." glued to the word before it. */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[^\s.]+|\./g)) out.push({ text: m[0], normal: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length, pos: 'PROPN' } as Token);
  return out;
}

describe('abbreviated titles split from their full stop', () => {
  test('"Det" "." before a name reads as "Det."', () => {
    const tokens = tokensOf('Det. Oren Halvik');
    expect(splitTitle(tokens, 1)).toBe('Det.');
    expect(titledName(tokens, 2, null)).toBe(true);
  });

  test('negative: a sentence\'s full stop after an ordinary word is no title', () => {
    const tokens = tokensOf('Port Elwin. Oren Halvik');
    expect(splitTitle(tokens, 2)).toBeNull();
    expect(titledName(tokens, 3, null)).toBe(false);
  });

  test('a title word written whole counts only right before the name', () => {
    const tokens = tokensOf('Councilwoman Tiva Renkel');
    expect(titledName(tokens, 1, 'councilwoman')).toBe(true);
    expect(titledName(tokensOf('Renkel Tiva Renkel'), 1, 'councilwoman')).toBe(false);
  });
});

describe('a grade an abbreviated title spells out names its holder alone ("the general", "the major")', () => {
  test('isTitleRole: the roles abbreviated titles are written out as, not other words', () => {
    expect(isTitleRole('general')).toBe(true);
    expect(isTitleRole('major')).toBe(true);
    expect(isTitleRole('corporal')).toBe(true);
    expect(isTitleRole('public')).toBe(false);
  });

  test('"the general said", which the tagger reads as an adjective, is a speaker: the general named before', () => {
    const text = 'Gen. Dana Whitcomb inspected the base on Monday. Mara Okafor, a teacher, watched. “We are ready,” the general said.';
    expect(quote(text, 'We are ready')).toMatchObject({
      text: 'We are ready,', type: 'direct', speaker: 'Dana Whitcomb', speaker_mention: 'the general',
      speaker_start: at(text, 'the general said'), cue: 'said',
    });
  });

  test('"Maj." … "the major said", "Cpl." … "the corporal said"', () => {
    const text = 'Maj. Dana Whitcomb and Cpl. Ira Mendez inspected the base on Monday. Mara Okafor, a teacher, watched. “We are ready,” the major said. “The gate is shut,” the corporal said.';
    expect(quote(text, 'We are ready')).toMatchObject({ speaker: 'Dana Whitcomb', speaker_mention: 'the major' });
    expect(quote(text, 'The gate is shut')).toMatchObject({ speaker: 'Ira Mendez', speaker_mention: 'the corporal' });
  });

  test('not "the general public", and "the attorney general" keeps its office', () => {
    const text = 'Gen. Dana Whitcomb inspected the base on Monday. “We are ready,” the general public said. The attorney general said the base was safe.';
    expect(quotesOf(text).some((q) => q.speaker_mention === 'the general public')).toBe(false);
    expect(quote(text, 'the base was safe')).toMatchObject({ speaker_mention: 'The attorney general', speaker_role: 'attorney' });
  });
});

describe('a name after an office that heads an organisation ("FBI Director") is a person’s', () => {
  test('"FBI Director Maren Tolle" … "the director said" is Tolle, though "Maren" is no given name we list', () => {
    const text = 'FBI Director Maren Tolle spoke on Monday. Mara Okafor, a teacher, said the port was fine. “It is a disaster,” the director said.';
    expect(quote(text, 'It is a disaster')).toMatchObject({
      text: 'It is a disaster,', type: 'direct', speaker: 'Maren Tolle', speaker_mention: 'the director', speaker_start: at(text, 'the director'), cue: 'said',
    });
  });

  test('titledName: "Director" before the name marks it; a word that is no title does not', () => {
    const tokens = tokensOf('FBI Director Maren Tolle and Harbour Maren Tolle');
    expect(titledName(tokens, 2, 'director')).toBe(true);
    expect(titledName(tokens, 6, 'harbour')).toBe(false);
  });
});
