// "Maestro" before a conductor's name is a form of address, as "Monsieur" is: "Maestro Orlov" is the same person as
// "Maestro Ilya Orlov", never a second one. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at } from '../helpers/quotes.js';

const run = (text: string) => extractArticle(text, { id: 'm' });
const people = (text: string) => run(text).entities.people.map((p) => p.name);

describe('"Maestro" is a form of address', () => {
  test('the full name and the addressed surname are one person, who speaks', () => {
    const text = 'Maestro Ilya Orlov led the choir through the requiem. "The hall carried every voice," Maestro Orlov said.';
    expect(people(text)).toEqual(['Ilya Orlov']);
    const q = run(text).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({
      type: 'direct', text: 'The hall carried every voice,', start: at(text, 'The hall'), speaker: 'Ilya Orlov', speaker_kind: 'person',
      speaker_mention: 'Orlov', speaker_start: at(text, 'Orlov said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: "the maestro" in lower case names no one', () => {
    expect(people('The maestro arrived late, and Greta Halvorsen began without him.')).toEqual(['Greta Halvorsen']);
  });
});
