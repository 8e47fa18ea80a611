import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "Equity said it was concerned about what it called “…”": "it" after a lone name that is no given name nor anyone's
// surname is that name, a body's (quotes/index.ts sentenceAntecedent, loneBodyName).
describe('"it" after a lone capitalised subject is that body', () => {
  test('"what it called" after a one-word union name and its apposition', () => {
    const text = 'Brightwork, the dockers\' union, said it was worried about what it called ‘brutal’ shift patterns and would take the matter to the port.';
    expect(quote(text, 'brutal')).toMatchObject({
      type: 'partial', text: 'brutal', start: at(text, 'brutal'), end: at(text, '’ shift'),
      speaker: 'Brightwork', speaker_kind: 'organization', speaker_mention: 'it', speaker_start: at(text, 'it called'), cue: 'called', outlet: null,
    });
  });

  test('the one-word name alone as subject', () => {
    const text = 'Brightwork said it would fight what it called ‘brutal’ shift patterns.';
    expect(quote(text, 'brutal')).toMatchObject({ type: 'partial', speaker: 'Brightwork', speaker_kind: 'organization', speaker_mention: 'it', cue: 'called' });
  });

  test('near miss: a person\'s full name as subject is never "it"', () => {
    const text = 'Tom Hadley said the rota was what it called ‘brutal’.';
    expect(quote(text, 'brutal')?.speaker ?? null).toBeNull();
  });

  test('near miss: a surname of someone named before is no body', () => {
    const text = 'Nora Quill runs the depot. Quill said the rota was what it called ‘brutal’.';
    expect(quote(text, 'brutal')?.speaker_kind ?? null).not.toBe('organization');
  });
});

// "Ashford rejected what they called a “derisory” bid": a club or firm is "they" as well as "it" (British usage), so
// "they" after a body's own sentence subject is that body (quotes/index.ts sentenceAntecedent).
describe('"they" after a body\'s sentence subject is that body', () => {
  test('"what they called" after a club named in full before and by its short name here', () => {
    const text = 'Kelso Harriers said the offer was too low. Kelso rejected what they called a “laughable” bid for the ground.';
    expect(quote(text, 'laughable')).toMatchObject({
      type: 'partial', text: 'laughable', start: at(text, 'laughable'), speaker: 'Kelso Harriers', speaker_kind: 'organization',
      speaker_mention: 'they', speaker_start: at(text, 'they called'), cue: 'called', outlet: null,
    });
  });

  test('"The club rejected what they called …" is the club', () => {
    const text = 'The club rejected what they called a “laughable” bid for the ground.';
    expect(quote(text, 'laughable')).toMatchObject({ type: 'partial', speaker: 'The club', speaker_kind: 'organization', speaker_mention: 'they' });
  });

  test('near miss: a plural subject of a clause of its own between them owns "they" ("after its fans sang what they called")', () => {
    const text = 'The club was fined after its fans sang what they called a “harmless” song.';
    expect(quote(text, 'harmless')).toMatchObject({ type: 'partial', speaker_mention: 'they' });
    expect(quote(text, 'harmless')?.speaker).not.toBe('The club');
  });
});
