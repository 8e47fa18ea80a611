// A company's name opened by a business word in Spanish, Portuguese, French or Italian ("Transportes …", "Grupo …",
// "Société …") and a rescue service's name ending in "Rescue" or "Brigade" are bodies, no people. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('business-word openers and rescue-service tails name bodies', () => {
  test('a name opened by a business word is a company', () => {
    expect(people('The coach, operated by Transportes Rioja Norte, overturned near Burgos.')).toEqual([]);
    expect(people('The plant belongs to Grupo Alvarado Herrera, which employs 900 people.')).toEqual([]);
    expect(people('Shares in Société Durand Frères fell on Monday.')).toEqual([]);
  });

  test('a name ending in Rescue or Brigade is a service', () => {
    expect(people('Volunteers with Kestrel Valley Mountain Rescue searched the ridge overnight.')).toEqual([]);
    expect(people('Crews from the Tarnwood Fire Brigade reached the farm at dawn.')).toEqual([]);
  });

  test('near miss: a person beside such a body stays a person', () => {
    expect(people('Rosa Delgado, 48, a driver for Transportes Rioja Norte, was injured.')).toEqual(['Rosa Delgado']);
  });
});
