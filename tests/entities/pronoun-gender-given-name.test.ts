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
