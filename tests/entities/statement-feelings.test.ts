import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a lone name that says in a statement "it was <feeling>" is a body, not a person', () => {
  test('"In a statement, Brightloom said it was “delighted to join.”": an organisation, no person', () => {
    const text = 'In a statement, Brightloom said it was “delighted to join.”';
    expect(quote(text, 'delighted')).toMatchObject({ text: 'delighted to join.', start: at(text, 'delighted'), end: at(text, 'delighted') + 18, type: 'partial', speaker: 'Brightloom', speaker_kind: 'organization', cue: 'said', outlet: null });
    expect(people(text)).not.toContain('Brightloom');
  });

  test('"Brightloom said in a statement that it was proud of the deal": the same without quotation marks', () => {
    const text = 'Brightloom said in a statement that it was proud of the deal.';
    expect(quote(text, 'it was proud')).toMatchObject({ speaker: 'Brightloom', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: an empty "it" ("it was a sad day") leaves the name a person\'s', () => {
    const text = 'In a statement, Okafor said it was a sad day for the town.';
    expect(quote(text, 'it was a sad day')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person', cue: 'said' });
  });
});

describe('a statement giver of two or three words, and a feeling with a word in -ly before it', () => {
  test('"Bluefin Rail said in a statement that it was “truly sorry”": the body speaks, no person', () => {
    const text = 'Bluefin Rail said in a statement that it was “truly sorry” for the delays.';
    expect(quote(text, 'truly sorry')).toMatchObject({ text: 'truly sorry', start: at(text, 'truly'), end: at(text, 'truly') + 11, type: 'partial', speaker: 'Bluefin Rail', speaker_kind: 'organization', cue: 'said', outlet: null });
    expect(people(text)).not.toContain('Bluefin Rail');
  });

  test('"The Hollow Pines said in a statement that it was disappointed": the name without its "The"', () => {
    const text = 'The Hollow Pines said in a statement that it was disappointed.';
    expect(quote(text, 'it was disappointed')).toMatchObject({ speaker: 'Hollow Pines', speaker_kind: 'organization', cue: 'said', outlet: null });
  });

  test('near miss: a given name opening the name keeps the person ("Ana Bluefin said … it was truly sorry")', () => {
    const text = 'Ana Bluefin said in a statement that it was truly sorry.';
    expect(quote(text, 'it was truly sorry')).toMatchObject({ speaker: 'Ana Bluefin', speaker_kind: 'person', cue: 'said' });
  });

  test('near miss: an empty "it" after a two-word name ("it was a hard week") changes nothing', () => {
    const text = 'Bluefin Rail said in a statement that it was a hard week.';
    expect(quote(text, 'it was a hard week')).toMatchObject({ speaker: 'Bluefin Rail', cue: 'said' });
    expect(quote(text, 'it was a hard week').speaker_kind).not.toBe('organization');
  });
});
