import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'r' });
const names = (text: string) => run(text).entities.people.map((p) => p.name);

describe('entities: a ranking "No. 2" before a name is no part of it', () => {
  test('"world No. 3 Ilse Brandt" names Ilse Brandt, the speaker too', () => {
    const text = 'Her closest challenger, world No. 3 Ilse Brandt, said she expected a long match.';
    const r = run(text);
    const brandt = r.entities.people.find((p) => p.name === 'Ilse Brandt');
    expect(brandt?.mentions[0]).toMatchObject({ start: text.indexOf('Ilse'), end: text.indexOf('Ilse') + 'Ilse Brandt'.length, text: 'Ilse Brandt' });
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]).toMatchObject({ type: 'indirect', speaker: 'Ilse Brandt', cue: 'said', outlet: null, text: 'she expected a long match' });
    expect(text.slice(r.quotes[0]!.start, r.quotes[0]!.end)).toBe('she expected a long match');
  });

  test('a capitalised "World No. 8" and a sentence-opening "No. 1" before names', () => {
    expect(names('Former World No. 8 Petra Lindqvist watched from the stands.')).toEqual(['Petra Lindqvist']);
    expect(names('No. 1 Carmen Olivares won in straight sets.')).toEqual(['Carmen Olivares']);
  });

  test('near miss: "world number five" already names the player, unchanged', () => {
    expect(names('The world number five Petra Lindqvist withdrew with a wrist injury.')).toEqual(['Petra Lindqvist']);
  });

  test('near miss: a "No." with no number after it is left alone', () => {
    expect(names('No, Petra Lindqvist did not play.')).toEqual(['Petra Lindqvist']);
  });
});
