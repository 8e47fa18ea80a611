import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'p' });
const mentions = (text: string) => run(text).entities.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])]);
const quotes = (text: string) => run(text).quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet, q.start, q.end]);

describe('people: a party-state bracket after a titled full name', () => {
  test('"Sen. Ada Whitlow (R-Mo.) said" keeps the full name; the later surname folds into it', () => {
    const text = 'Sen. Ada Whitlow (R-Mo.) said the tariff bill was finished. “Nobody wants it,” Whitlow, after a pause, said.';
    expect(mentions(text)).toEqual([['Ada Whitlow', [[5, 16], [text.indexOf('Whitlow,'), text.indexOf('Whitlow,') + 7]]]]);
    expect(quotes(text)).toEqual([
      ['the tariff bill was finished', 'indirect', 'Ada Whitlow', 'said', null, 30, 58],
      ['Nobody wants it,', 'direct', 'Ada Whitlow', 'said', null, 61, 77],
    ]);
  });

  test('"Rep. Marcus Fenley (D-Mass.) criticized …" gives the speaker of "Fenley said" a people entry', () => {
    const text = 'Rep. Marcus Fenley (D-Mass.) criticized the budget. “It cuts too deep,” Fenley said.';
    expect(mentions(text)).toEqual([['Marcus Fenley', [[5, 18], [text.indexOf('Fenley said'), text.indexOf('Fenley said') + 6]]]]);
  });
});

describe('people: a country that is also a given name', () => {
  test('"Jordan said …, the foreign ministry announced" is the country, no person', () => {
    const text = 'Jordan said the border crossings would reopen on Sunday, the foreign ministry announced.';
    expect(mentions(text)).toEqual([]);
  });

  test('"Chad" in a sentence about its government is the country', () => {
    expect(mentions('Chad rejected the proposal, the government spokesman told reporters.')).toEqual([]);
  });

  test('negative: "Jordan Pike said … Jordan said" stays a person even beside a government word', () => {
    const text = 'Jordan Pike said the ferry would run. Later Jordan said the government had paid for it.';
    expect(mentions(text)).toEqual([['Jordan Pike', [[0, 11], [text.indexOf('Jordan said'), text.indexOf('Jordan said') + 6]]]]);
  });

  test('"Jordan said …, the foreign ministry announced" with "Jordan Reyes" later: the given name of a person the text names', () => {
    const text = 'Jordan said the border crossings would reopen on Sunday, the foreign ministry announced. Jordan Reyes, a lorry driver, said he would wait.';
    expect(mentions(text)).toEqual([['Jordan Reyes', [[0, 6], [89, 101]]]]);
  });

  test('negative: "Pro-Jordan Voices" after the ministry\'s sentence names no one called Jordan; the lone word stays the country', () => {
    const text = 'Jordan said the border crossings would reopen on Sunday, the foreign ministry announced. Pro-Jordan Voices, a youth group, welcomed the news.';
    expect(mentions(text)).toEqual([]);
  });

  test('negative: a lone "Jordan" with no government word stays a person', () => {
    expect(run('Jordan said the ferry would run late.').entities.people.map((p) => p.name)).toEqual(['Jordan']);
  });
});

describe('people: a place head that is also a given name', () => {
  test('"Sierra Holt said" is a person', () => {
    const text = 'Sierra Holt said the harvest fair had sold out.';
    expect(mentions(text)).toEqual([['Sierra Holt', [[0, 11]]]]);
    expect(quotes(text)).toEqual([['the harvest fair had sold out', 'indirect', 'Sierra Holt', 'said', null, 17, 46]]);
  });

  test('"Ms. Val Brody" after an honorific is a person', () => {
    expect(run('Ms. Val Brody opened the gallery on Friday.').entities.people.map((p) => p.name)).toEqual(['Val Brody']);
  });

  test('negative: a range or a country is no person', () => {
    expect(mentions('Climbers crossed the Sierra Madre on Monday, rangers said.')).toEqual([]);
    expect(mentions('Sierra Leone said the mine would close.')).toEqual([]);
  });
});
