import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/pipeline/process.js';

const rows = (text: string) => extractArticle(text, { id: 't' }).quotes.map((q) => [q.type, q.text, q.speaker_mention ?? null, q.cue, text.slice(q.start, q.end) === q.text]);

describe('cue words that report nothing where they stand', () => {
  test('a participle on the noun before it is no cue: "Clips shown on …"', () => {
    expect(rows('Clips shown on the evening news seemed to prove the goalkeeper had moved early.')).toEqual([]);
  });

  test('"hit back" with a goal is sport, not words', () => {
    expect(rows('Harbour City hit back with a late header, but the visitors held on for the draw.')).toEqual([]);
  });

  test('"hit back at" critics is still a cue (as before this rule)', () => {
    expect(rows('The mayor hit back at critics, saying the tram plan would pay for itself.')).toEqual([
      ['indirect', 'saying the tram plan would pay for itself', 'The mayor', 'hit back', true],
      ['indirect', 'the tram plan would pay for itself', 'The mayor', 'saying', true],
    ]);
  });

  test('a cue with a particle inside another report is part of it', () => {
    const text = 'The engineer said three of the buoys had reported in after the gale, including the one off the point.';
    const r = rows(text);
    expect(r).toEqual([['indirect', 'three of the buoys had reported in after the gale, including the one off the point', 'The engineer', 'said', true]]);
  });
});

describe('a noun phrase of things after warned/told is the clause subject', () => {
  test('"warned the levy would …" keeps the subject', () => {
    expect(rows('The treasurer warned the levy would drive shops out of the high street.')).toEqual([
      ['indirect', 'the levy would drive shops out of the high street', 'The treasurer', 'warned', true],
    ]);
  });

  test('"warned shoppers the levy would …": shoppers are the hearers', () => {
    expect(rows('The treasurer warned shoppers the levy would raise prices.')).toEqual([
      ['indirect', 'the levy would raise prices', 'The treasurer', 'warned', true],
    ]);
  });

  test('"told the committee the levy …": a body is a hearer', () => {
    expect(rows('The treasurer told the committee the levy would raise prices.')).toEqual([
      ['indirect', 'the levy would raise prices', 'The treasurer', 'told', true],
    ]);
  });
});
