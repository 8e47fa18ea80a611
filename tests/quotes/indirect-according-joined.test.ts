import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"CLAUSE, but according to X, CLAUSE": the second clause is X’s', () => {
  test('the source is the name after "according to", not the first clause’s subject', () => {
    const text = 'The Harbour Board does not publish ferry figures, but according to Keelstat, the north route carried 4,000 passengers in May.';
    expect(quote(text, 'the north route')).toMatchObject({
      text: 'the north route carried 4,000 passengers in May', type: 'indirect', speaker: 'Keelstat', speaker_start: at(text, 'Keelstat'),
      cue: 'according to', cue_start: at(text, 'according to'),
    });
  });

  test('the first clause is no part of the report', () => {
    const text = 'The Harbour Board does not publish ferry figures, but according to Keelstat, the north route carried 4,000 passengers in May.';
    expect(quotesOf(text).filter((q) => q.text.includes('ferry figures'))).toEqual([]);
  });

  test('a cue coordinated after "but" still shares the subject: "…, but said the route …"', () => {
    const text = 'Mara Okafor did not publish the ferry figures, but said the north route carried 4,000 passengers in May.';
    expect(quote(text, 'the north route')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', cue: 'said' });
  });
});

describe('"According to police, who said …": a bare lower-case source before the relative clause', () => {
  test('the relative clause reports for police, and so does the main clause', () => {
    const text = 'According to police, who said the driver had been drinking, the crash happened at 2 a.m.';
    const qs = quotesOf(text);
    expect(qs.map((q) => [q.text, q.speaker, q.speaker_mention, q.cue, q.outlet])).toEqual([
      ['the driver had been drinking', 'police', 'who', 'said', null],
      ['the crash happened at 2 a.m.', 'police', 'police', 'According to', null],
    ]);
    expect(qs[0]).toMatchObject({ start: at(text, 'the driver'), speaker_start: at(text, 'who') });
  });

  test('closing the sentence, too', () => {
    const text = 'The bridge was closed for six hours, according to police, who said a lorry had struck the railing.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.speaker_mention, q.cue])).toEqual([
      ['The bridge was closed for six hours', 'police', 'police', 'according to'],
      ['a lorry had struck the railing', 'police', 'who', 'said'],
    ]);
  });
});
