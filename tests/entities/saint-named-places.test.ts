import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'p' }).entities.people.map((p) => p.name);

describe('towns named for a saint ("San …", "São …") are places, no people', () => {
  test('"born in San Lorenzo de Almagro": a Spanish saint\'s town is no person', () => {
    const text = 'Tomas Brevik, who was born in San Lorenzo de Almagro, said he still followed the local club.';
    expect(people(text)).toEqual(['Tomas Brevik']);
  });

  test('"from São Bento do Sul": a Portuguese saint\'s town is no person', () => {
    const text = 'The pitcher, Elena Varga, moved from São Bento do Sul as a teenager, her coach said.';
    expect(people(text)).toEqual(['Elena Varga']);
  });

  test('negative: "San" inside a person\'s surname keeps the person ("Rafael San Roque said")', () => {
    expect(people('Rafael San Roque, a ferry captain, said the crossing was rough.')).toEqual(['Rafael San Roque']);
  });
});
