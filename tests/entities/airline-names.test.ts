import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'p' }).entities.people.map((p) => p.name);

describe('a name ending in "Air" is an airline, no person', () => {
  test('"Coastal Air said in a statement": the airline speaks, no person is listed', () => {
    const text = 'A brawl broke out on a Coastal Air flight from Denver. Coastal Air said in a statement that police met the plane. Mira Dunn said Coastal Air had offered her a voucher.';
    expect(people(text)).toEqual(['Mira Dunn']);
  });

  test('negative: an age keeps a person whose surname is "Air" ("Dana Air, 44, a pilot, said")', () => {
    expect(people('Dana Air, 44, a pilot, said the runway was icy.')).toEqual(['Dana Air']);
  });
});
