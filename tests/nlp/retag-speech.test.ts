import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const tagOf = (text: string, word: string) => analyzeArticle({ id: 't', path: '', text }).tokens.find((t) => t.text === word)!.pos;
const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

describe('a present-tense cue after "as" and a name: "As NAME points out, CLAUSE"', () => {
  test('"points out" and "notes" report the main clause, as the past tense does', () => {
    const text = 'Rents are climbing.\n\nAs Dora Pelling points out, landlords have raised prices for three years.';
    expect(quote(text, 'landlords have')).toMatchObject({
      type: 'indirect', text: 'landlords have raised prices for three years', start: at(text, 'landlords'),
      speaker: 'Dora Pelling', speaker_mention: 'Dora Pelling', cue: 'points', cue_start: at(text, 'points'),
    });
    const short = 'Rents are climbing.\n\nAs Pelling notes, landlords have raised prices for three years.';
    expect(quote(short, 'landlords have')).toMatchObject({ type: 'indirect', speaker: 'Pelling', cue: 'notes', cue_start: at(short, 'notes') });
  });

  test('a plural noun that is no cue, or a cue noun not after "as" and a name, stays a noun', () => {
    expect(tagOf('As Hollin fans, we cheered the team on.', 'fans')).toBe('NOUN');
    expect(tagOf('The notes, she said, were lost in the move.', 'notes')).toBe('NOUN');
    expect(tagOf('Pelling scored points, and the crowd roared.', 'points')).toBe('NOUN');
    expect(indirect('Rents are climbing.\n\nAs Hollin fans, we cheered the team on.')).toEqual([]);
  });
});
