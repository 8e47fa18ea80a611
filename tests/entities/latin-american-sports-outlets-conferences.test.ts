import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'e' }).entities;
const outletNames = (text: string) => entities(text).outlets.map((o) => o.name);
const peopleNames = (text: string) => entities(text).people.map((p) => p.name);

describe('Latin American and sports outlets', () => {
  test('Proceso, an appositive weekly, is an outlet and no person', () => {
    const text = 'Proceso, the Mexican weekly, reported that the governor had left the country.';
    expect(outletNames(text)).toEqual(['Proceso']);
    expect(peopleNames(text)).toEqual([]);
  });
  test('El Financiero and La Tercera are outlets', () => {
    expect(outletNames('The figures were first published by El Financiero and later confirmed by La Tercera.')).toEqual(['El Financiero', 'La Tercera']);
  });
  test('Pro Football Talk mid-sentence is an outlet', () => {
    expect(outletNames('The trade was first reported by Pro Football Talk on Sunday.')).toEqual(['Pro Football Talk']);
  });
});

describe('college conferences are no people', () => {
  test('"against Big Ten defences"', () => {
    expect(peopleNames('Dario Kemp ran for 1,400 yards against Big Ten defences last autumn.')).toEqual(['Dario Kemp']);
  });
  test('"the Pac-12 title"', () => {
    expect(peopleNames('Lena Ortiz said the Pac-12 title meant more than any award.')).toEqual(['Lena Ortiz']);
  });
});

describe('an appositive weekly reports as its outlet', () => {
  test('"Proceso, the Mexican weekly, reported that …"', () => {
    const text = 'Proceso, the Mexican weekly, reported that the governor had left the country.';
    const q = extractArticle(text, { id: 'e' }).quotes;
    expect(q.map((x) => [x.text, x.start, x.end, x.speaker, x.cue, x.outlet])).toEqual([['the governor had left the country', 43, 76, 'Proceso', 'reported', 'Proceso']]);
  });
});
