import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'p' });
const people = (text: string) => run(text).entities.people.map((p) => p.name);

describe('occupation words opening a sentence are titles, not names', () => {
  test('a trumpeter before a full name, and the surname speaker links to it', () => {
    const text = 'Trumpeter Ilse Brandauer toured with the band. “She never missed a note,” Brandauer said.';
    expect(people(text)).toEqual(['Ilse Brandauer']);
    const q = run(text).quotes;
    expect(q.map((x) => [x.text, x.speaker, x.speaker_mention, x.cue, x.start, x.end])).toEqual([
      ['She never missed a note,', 'Ilse Brandauer', 'Brandauer', 'said', 48, 72],
    ]);
  });

  test('a cellist before a hyphenated surname', () => {
    expect(people('Cellist Noor Abara-Lindqvist opened the festival on Friday.')).toEqual(['Noor Abara-Lindqvist']);
  });
});

describe('French and Spanish honorifics are no part of a name', () => {
  test('"M." before a particle is Monsieur and joins the full name', () => {
    expect(people('M. du Pellerin refused to comment. Henri-Paul du Pellerin, the prefect, had left.')).toEqual(['Henri-Paul du Pellerin']);
  });

  test('"M." before a capitalised name stays an initial', () => {
    expect(people('M. Cordelia Ashgrove signed the letter.')).toEqual(['M. Cordelia Ashgrove']);
  });

  test('Mlle and Sra. join the full name', () => {
    expect(people('Mlle Rousseau-Keane waved. Odile Rousseau-Keane, a dancer, smiled.')).toEqual(['Odile Rousseau-Keane']);
    expect(people('Sra. Echeverri arrived late. Paloma Echeverri, the mayor, apologised.')).toEqual(['Paloma Echeverri']);
  });
});
