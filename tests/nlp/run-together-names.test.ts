import { describe, expect, test } from 'vitest';
import { isRunTogetherBodyName } from '../../src/nlp/run-together-names.js';

describe('a word run together with a capital inside is a body\'s name', () => {
  test('words run together and initials with a small letter', () => {
    for (const w of ['GrainHub', 'TechAlliance', 'OpenMarkets', 'EFFi']) expect(isRunTogetherBodyName(w)).toBe(true);
  });

  test('near miss: names with a prefix before their second capital, plain words and plural initials', () => {
    for (const w of ['McAllister', 'MacAskill', 'DeMarco', 'LeVar', 'DiNapoli', 'LaRue', 'VanBuren', 'FitzWilliam', 'Robbins', 'NGOs', 'ABC']) expect(isRunTogetherBodyName(w)).toBe(false);
  });
});
