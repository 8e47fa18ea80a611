import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'p' }).entities.people.map((p) => p.name);

describe('people named in capitals', () => {
  // A headline or a label in capitals before a cue ("FERRY FARES RISE said …") read as a person's name.
  test('words all in capitals are no person, but a name in capitals that opens with a given name is', () => {
    const text = 'Marta Velez runs the ferry office.\n\nHARBOUR FEES RISE said the notice on the pier.\n\nDANA HOLT said the fares would rise.';
    expect(people(text)).toEqual(['Marta Velez', 'DANA HOLT']);
  });
});
