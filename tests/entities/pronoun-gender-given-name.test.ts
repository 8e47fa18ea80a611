import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'test' });
const genderOf = (text: string, name: string) => run(text).entities.people.find((p) => p.name === name)?.gender;

describe('a pronoun resolved to a speaker sets no gender against a given name of one sex', () => {
  test('a "She" opening the sentence after the only person named, "Tomas Ruiz", leaves him male', () => {
    const text = '"We lost the second half," said Tomas Ruiz, the coach. She called the result "a disgrace."';
    expect(genderOf(text, 'Tomas Ruiz')).toBe('male');
  });

  test('negative: a name used for both sexes takes the pronoun\'s gender', () => {
    const text = '"We lost the second half," said Casey Ruiz, the coach. She called the result "a disgrace."';
    expect(genderOf(text, 'Casey Ruiz')).toBe('female');
  });

  test('negative: a pronoun agreeing with the given name still counts', () => {
    const text = '"We lost the second half," said Tomas Ruiz, the coach. He called the result "a disgrace."';
    expect(genderOf(text, 'Tomas Ruiz')).toBe('male');
  });

  test('negative: with no given name, the pronoun still sets the gender', () => {
    const text = '"We lost the second half," said Coach Ruiz. She called the result "a disgrace."';
    expect(run(text).entities.people.find((p) => /Ruiz/.test(p.name))?.gender).toBe('female');
  });
});

describe('given names whose sex differs by language (data/sources/first-names.curated.json)', () => {
  test('"Daniele" (the Italian man\'s spelling) is male; "Danièle" (the French woman\'s) is female', () => {
    expect(genderOf('The club’s lawyer, Daniele Sarto, said the deal was off.', 'Daniele Sarto')).toBe('male');
    expect(genderOf('The club’s lawyer, Danièle Sarto, said the deal was off.', 'Danièle Sarto')).toBe('female');
  });

  test('negative: "Simone", used for both sexes, takes the pronoun\'s gender', () => {
    expect(genderOf('"We lost the second half," said Simone Ruiz, the coach. He called the result "a disgrace."', 'Simone Ruiz')).toBe('male');
  });
});

describe('Finnish given names are given names (data/sources/first-names.curated.json)', () => {
  const people = (text: string) => run(text).entities.people.map((p) => [p.name, p.gender]);

  test('"Eero Salonen" listed beside another name is a man, with no cue or role to vouch for him', () => {
    expect(people('The plan was backed by Eero Salonen and Aino Korhonen.')).toEqual([['Eero Salonen', 'male'], ['Aino Korhonen', 'female']]);
    expect(people('Ferry staff including Eero Salonen were told to wait.')).toEqual([['Eero Salonen', 'male']]);
  });

  test('"Eero Salonen said …" gives a male person speaker', () => {
    const quote = run('Eero Salonen said the bridge was closed.').quotes[0];
    expect([quote.speaker, quote.speaker_kind, quote.text]).toEqual(['Eero Salonen', 'person', 'the bridge was closed']);
    expect(genderOf('Eero Salonen said the bridge was closed.', 'Eero Salonen')).toBe('male');
  });

  test('"Kalle" (a Finnish and Swedish man\'s name) is male', () => {
    expect(genderOf('Kalle Virtanen said the bridge was closed.', 'Kalle Virtanen')).toBe('male');
  });

  test('negative: a surname alone after a cue keeps no gender', () => {
    expect(genderOf('Salonen said the bridge was closed.', 'Salonen')).toBe('unknown');
  });
});
