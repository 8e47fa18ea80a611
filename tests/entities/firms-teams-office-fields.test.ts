import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'f' });
const people = (text: string) => run(text).entities.people.map((p) => p.name);
const outlets = (text: string) => run(text).entities.outlets.map((o) => o.name);

describe('firms named like a person are no people (data/organisations.json)', () => {
  test('"Time Warner said", "Lehman Brothers analysts said": firms, no people', () => {
    const text = 'Time Warner said the merger talks had ended.';
    expect(people(text)).toEqual([]);
    expect(outlets(text)).toEqual([]);
    expect(run(text).quotes[0]).toMatchObject({ text: 'the merger talks had ended', start: 17, end: 43, speaker: 'Time Warner', cue: 'said', outlet: null });
    expect(people('Lehman Brothers analysts said the bonds were cheap.')).toEqual([]);
    expect(people('Merrill Lynch bankers said the shares were cheap.')).toEqual([]);
  });

  test('"The Walt Disney Company" is the firm; "Walt Disney sketched" is the man', () => {
    expect(people('The Walt Disney Company said the park would reopen.')).toEqual([]);
    expect(people('Walt Disney sketched the castle himself, his daughter said.')).toEqual(['Walt Disney']);
  });
});

describe('rivals: a team led into a match is no person', () => {
  test('"leads Hyde Park into the county final": a team, not a rival', () => {
    expect(people('Marta Quell leads Hyde Park into the county final.')).toEqual(['Marta Quell']);
  });
});

describe('"ROLE of FIELD NAME": the field is cut from the name', () => {
  test('a field in "-ence" ("Coastal Resilience") ends before the given name', () => {
    const text = 'Director of Coastal Resilience Ines Varga said the dunes would hold.';
    expect(people(text)).toEqual(['Ines Varga']);
    expect(run(text).quotes[0]).toMatchObject({ text: 'the dunes would hold', start: 47, end: 67, speaker: 'Ines Varga', speaker_start: 31, speaker_end: 41, cue: 'said', outlet: null });
  });

  test('after the field\'s "and" too ("Head of Climate and Flood Resilience Omar Haddad")', () => {
    expect(people('Head of Climate and Flood Resilience Omar Haddad said the pumps were ready.')).toEqual(['Omar Haddad']);
  });

  test('one field or see word before a given name and surname ("Chief of Staff", "Bishop of Lindham")', () => {
    const text = 'Chief of Staff Lena Brandt said the vote would wait.';
    expect(people(text)).toEqual(['Lena Brandt']);
    expect(run(text).quotes[0]).toMatchObject({ text: 'the vote would wait', start: 32, end: 51, speaker: 'Lena Brandt', speaker_start: 15, speaker_end: 26, cue: 'said', outlet: null });
    expect(people('Bishop of Lindham Paul Crane said the bells would ring.')).toEqual(['Paul Crane']);
  });

  test('a field after "Minister for" and "Secretary of State for" is cut too', () => {
    // (The quote's speaker is found in src/quotes, which cuts fields after "of" only.)
    expect(people('Minister for Coastal Resilience Hilary Benn said talks would resume.')).toEqual(['Hilary Benn']);
    expect(people('Secretary of State for Trade Karl Benning said the tariffs would stay.')).toEqual(['Karl Benning']);
  });

  test('negative: a place ending in a place word keeps its given-name-shaped word ("Mayor of Port Kellan Bay")', () => {
    expect(people('The Mayor of Port Kellan Bay said the ferry would run.')).toEqual([]);
  });
});
